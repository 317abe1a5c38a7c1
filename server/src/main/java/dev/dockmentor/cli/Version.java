package dev.dockmentor.cli;

/** The product version, from the jar manifest (one number shared by server and clients). */
public final class Version {
    private Version() {}

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0-dev";
    }
}
