package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackageCacheTest {
    @ParameterizedTest
    @ValueSource(strings = {"RUN yum «install» -y jq", "RUN dnf «install» -y jq", "RUN zypper «install» -y jq",
            "RUN zypper -n «in» jq", "RUN microdnf «install» jq"})
    void flagsInstallsThatKeepTheirCache(String run) {
        catches("package-cache", "FROM fedora:42\n" + run + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUN yum install -y jq && yum clean all", "RUN dnf install -y jq && dnf clean all",
            "RUN zypper -n in jq && zypper clean --all", "RUN zypper -n in jq && zypper cc -a",
            "RUN dnf install -y jq && rm -rf /var/cache/dnf", "RUN --mount=type=cache,target=/var/cache/dnf dnf install -y jq",
            "RUN apt-get install -y jq"})
    void acceptsCleanedCaches(String run) {
        catchesNot("package-cache", "FROM fedora:42\n" + run + "\n");
    }

    @Test
    void builderStagesDoNotShip() {
        catchesNot("package-cache", "FROM fedora:42 AS b\nRUN dnf install -y gcc\nFROM scratch\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "RUN dnf install -y jq|RUN dnf install -y jq && dnf clean all",
            "RUN yum install -y jq|RUN yum install -y jq && yum clean all",
            "RUN zypper -n install jq|RUN zypper -n install jq && zypper clean --all"})
    void fixAppendsTheCleanCommand(String run, String fixed) {
        assertFix("package-cache", "FROM fedora:42\n" + run + "\n", "FROM fedora:42\n" + fixed + "\n");
    }

    @Test
    void fixContinuesAMultiLineRun() {
        assertFix("package-cache", "FROM fedora:42\nRUN dnf install -y \\\n      jq\n",
                "FROM fedora:42\nRUN dnf install -y \\\n      jq \\\n      && dnf clean all\n");
    }

    @Test
    void noAppendAfterACommentThatFollowsAnOperator() {
        // "a;#b": the '#' starts a word, so the rest of the line is a comment; an appended "&& dnf clean all" would vanish in it.
        var f = catches("package-cache", "FROM fedora:42\nRUN dnf «install» -y jq;#note\n").get(0);
        org.junit.jupiter.api.Assertions.assertTrue(f.fixes().isEmpty(), f.fixes().toString());
    }

    @Test
    void hadolintAliasesSilenceIt() {
        catchesNot("package-cache", "FROM fedora:42\n# hadolint ignore=DL3040\nRUN dnf install -y jq\n");
        catchesNot("package-cache", "FROM centos:7\n# hadolint ignore=DL3032\nRUN yum install -y jq\n");
    }
}
