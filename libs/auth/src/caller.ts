/** Who is making a request, as proven by a verified access token. */
export interface Caller {
  userId: string;
  roles: string[];
}
