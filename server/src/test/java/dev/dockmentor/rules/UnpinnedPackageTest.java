package dev.dockmentor.rules;

import static dev.dockmentor.rules.RuleTester.*;

import dev.dockmentor.rules.Profile;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnpinnedPackageTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "RUN apt-get install -y «curl» ca-certificates=20230311",
            "RUN apk add --no-cache «curl» jq=1.7.1-r0",
            "RUN pip install --no-cache-dir «flask» gunicorn==23.0.0",
            "RUN npm install -g «pm2» @scope/cli@1.2.3 «@scope/tool»",
            "RUN gem install «bundler»",
            "RUN go install «golang.org/x/tools/gopls@latest»",
            "RUN go install «example.com/tool»", "RUN go mod download «github.com/example/mod@latest»",
            "RUN dnf install -y «jq» httpd-2.4.62"})
    void flagsPackagesWithoutAVersion(String run) {
        catches("unpinned-package", "FROM x:1\n" + run + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "RUN pip install --no-cache-dir -r requirements.txt", "RUN pip install --no-cache-dir .",
            "RUN pip install --no-cache-dir --upgrade pip", "RUN gem install bundler -v 2.5.0",
            "RUN gem install rails:7.1.0", "RUN go install ./cmd/app", "RUN go install golang.org/x/tools/gopls@v0.16.0",
            "RUN go install tool", "RUN go mod download github.com/example/mod golang.org/x/text",
            "RUN npm ci", "RUN apt-get install -y ./pkg.deb", "RUN pip install ${PKGS}"})
    void acceptsPinnedPathsAndManifests(String run) {
        catchesNot("unpinned-package", "FROM x:1\n" + run + "\n");
    }

    @Test
    void offInTheRecommendedProfile() {
        Assertions.assertTrue(of("unpinned-package", lint("FROM x:1\nRUN pip install flask\n", WITH_DOCKERIGNORE, Profile.RECOMMENDED)).isEmpty());
    }

    @Test
    void apkProvidesNamesAndNoNetworkInstallsHaveNothingToPin() {
        catchesNot("unpinned-package", "FROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps so:libc.musl-x86_64.so.1 tzdata\n"
                + "RUN apk add --no-cache so:libssl.so.3 cmd:git pc:zlib\n");
    }

    @Test
    void anApkRepositoryTagGoesAfterTheSuggestedVersion() {
        var f = catches("unpinned-package", "FROM alpine:3.20\nRUN apk add --no-cache «mkcert@testing»\n").get(0);
        org.junit.jupiter.api.Assertions.assertTrue(f.message().get("en").contains("(mkcert=<version>@testing)"), f.message().get("en"));
    }

    @Test
    void optionValuesAreNotPackages() {
        // outline's Dockerfile: 1000000 is --network-timeout's value.
        catchesNot("unpinned-package", "FROM node:22\nRUN yarn install --immutable --network-timeout 1000000\n");
        catches("unpinned-package", "FROM node:22\nRUN npm install -g --loglevel warn «pm2»\n");
    }

    @Test
    void theHintReplacesLatest() {
        var f = catches("unpinned-package", "FROM golang:1.23\nRUN go install «github.com/cloudflare/cfssl/cmd/cfssl@latest»\n").get(0);
        Assertions.assertTrue(f.message().en().endsWith("(github.com/cloudflare/cfssl/cmd/cfssl@<version>)"), f.message().en());
        f = catches("unpinned-package", "FROM node:22\nRUN npm install -g «pm2@latest»\n").get(0);
        Assertions.assertTrue(f.message().en().endsWith("(pm2@<version>)"), f.message().en());
    }

    @Test
    void everyStageCounts() {
        catches("unpinned-package", "FROM x:1 AS b\nRUN apk add «gcc»\nFROM x:1\nRUN apk add «curl»\n");
    }

    @Test
    void hadolintAliasesSilenceIt() {
        catchesNot("unpinned-package", "FROM x:1\n# hadolint ignore=DL3008,DL3013\nRUN apt-get install -y curl && pip install flask\n");
    }
}
