package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;

class CopyIgnoredFileTest {
    private static final dev.dockmentor.project.ProjectFiles IGNORE = files(".dockerignore", ".git\n*.md\nconfig/\n!config/keep.toml\n");

    @Test
    void flagsACopiedPathTheDockerignoreExcludes() {
        catches("copy-ignored-file", "FROM alpine:3.20\nCOPY «config/settings.toml» «README.md» /app/\n", IGNORE);
        catches("copy-ignored-file", "FROM alpine:3.20\nADD --chown=1:1 «config» /app/config\n", files(".dockerignore", "config/\n"));
    }

    @Test
    void aFolderWhoseFilesAnExceptionReincludesIsCopiedInPart() {
        // Docker still sends config/keep.toml: the ADD copies it and works.
        catchesNot("copy-ignored-file", "FROM alpine:3.20\nADD --chown=1:1 config /app/config\n", IGNORE);
        catchesNot("copy-ignored-file", "FROM alpine:3.20\nCOPY build-bin/maven /code/\n",
                files(".dockerignore", "**\n!build-bin/maven/maven_build\n"));
        catches("copy-ignored-file", "FROM alpine:3.20\nCOPY «build-bin/gradle» /code/\n",
                files(".dockerignore", "**\n!build-bin/maven/maven_build\n"));
    }

    @Test
    void acceptsIncludedPathsExceptionsAndOtherSources() {
        catchesNot("copy-ignored-file", "FROM alpine:3.20\nCOPY . .\nCOPY src/ config/keep.toml /app/\n", IGNORE);
        catchesNot("copy-ignored-file", "FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b config/x /x\n", IGNORE);
        catchesNot("copy-ignored-file", "FROM alpine:3.20\nADD https://example.com/README.md /x\nCOPY *.md /docs/\n", IGNORE);
    }

    @Test
    void withoutADockerignoreNothingIsExcluded() {
        catchesNot("copy-ignored-file", "FROM alpine:3.20\nCOPY config/settings.toml /app/\n", files());
    }

    @Test
    void multiStageCopiesAreCheckedInEveryStage() {
        catches("copy-ignored-file", "FROM alpine:3.20 AS b\nCOPY «NOTES.md» /\nFROM alpine:3.20\nCOPY --from=b /NOTES.md /\n", IGNORE);
    }

    @Test
    void buildkitCheckNameSilencesIt() {
        catchesNot("copy-ignored-file", "# check=skip=CopyIgnoredFile\nFROM alpine:3.20\nCOPY README.md /\n", IGNORE);
        catchesNot("copy-ignored-file", "FROM alpine:3.20\n# dockmentor-ignore copy-ignored-file\nCOPY README.md /\n", IGNORE);
    }
}
