package dev.headroom.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (Implementation-Version), or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Headroom " + version(), "Java " + Runtime.version()};
    }
}
