package dev.dockmentor.rules;

/** A rule that reads a Dockerfile model. */
public interface DockerfileCheck {
    void check(DockerfileContext ctx);
}
