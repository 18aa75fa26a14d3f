/** Who is making a request, as proven by a verified token. */
export interface Caller {
  userId: string;
  roles: string[];
  /** The caller's team, if any. */
  teamId: string | null;
  /** Users whose records a manager also sees: the members of the teams they manage. */
  managedUserIds: string[];
}
