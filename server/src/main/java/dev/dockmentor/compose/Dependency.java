package dev.dockmentor.compose;

/** One {@code depends_on} entry: the service name (node), and the condition when the long form gives one. */
public record Dependency(YNode nameNode, String service, YNode conditionNode, boolean shortForm) {
    public String condition() {
        if (conditionNode == null || conditionNode.text() == null) return shortForm ? null : "service_started";
        return conditionNode.text();
    }
}
