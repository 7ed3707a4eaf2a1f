/** The commit-subject rule of `npm test`: at most 72 characters, the area first, or a merge. */
const { subjectProblems } = require("../../scripts/checkCommitSubjects") as {
  subjectProblems: (subjects: string[]) => string[];
};

describe("commit subjects", () => {
  it.each([
    ["pool: the stage column read from any header row"],
    ["cli, docs: --workpaper in the help"],
    ["Merge branch 'progress'"],
    ["report: 附件 月度进度 with a line chart spec, and the summary names falls"],
  ])("%s holds", (subject) => {
    expect(subjectProblems([subject])).toEqual([]);
  });

  it.each([
    ["Fix stuff", /no area first/],
    ["pool: " + "x".repeat(67), /73 characters/],
    ["report: " + "附".repeat(65), /73 characters/],
  ])("%s is refused", (subject, problem) => {
    expect(subjectProblems([subject]).join("\n")).toMatch(problem);
  });

  it("counts characters, not bytes: 72 Chinese characters hold", () => {
    expect(subjectProblems(["report: " + "附".repeat(64)])).toEqual([]);
  });
});
