import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';

export interface DockerInstruction {
  keyword: string;
  /** Everything after the keyword and its --flags, as written. */
  content: string;
}

export interface DockerStage {
  image: string;
  /** Undefined when the FROM names no tag (which means `latest`). */
  tag: string | undefined;
  name: string | undefined;
  instructions: DockerInstruction[];
}

/** A Dockerfile's build stages, each with the instructions after its FROM (dockerfile-ast parses). */
export function readDockerStages(file: string): DockerStage[] {
  const dockerfile = DockerfileParser.parse(readFileSync(file, 'utf8'));
  const stages: DockerStage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      const from = dockerfile.getFROMs().find((candidate) => candidate.getRange() === instruction.getRange());
      stages.push({
        image: from?.getImageName() ?? '',
        tag: from?.getImageTag() ?? undefined,
        name: from?.getBuildStage() ?? undefined,
        instructions: [],
      });
      continue;
    }
    stages.at(-1)?.instructions.push({ keyword, content: instruction.getArgumentsContent() ?? '' });
  }
  return stages;
}

/** The content of each of a stage's instructions with that keyword. */
export const contentsOf = (stage: DockerStage, keyword: string): string[] =>
  stage.instructions.filter((instruction) => instruction.keyword === keyword).map((i) => i.content);
