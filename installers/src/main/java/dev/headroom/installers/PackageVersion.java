package dev.headroom.installers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version an installer carries, from the Maven version: {@code 0.1.0-SNAPSHOT} installs as {@code 0.1.0}.
 * Package managers upgrade in place only to a higher version, and MSI and macOS accept only numbers, so the
 * installer's version is the numeric {@code major.minor.patch} part; a rebuild of the same version can still
 * replace an installed one through the Debian/RPM release number ({@code -Dinstaller.release=2}).
 */
public final class PackageVersion {

    private static final Pattern NUMERIC = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:[-.+].*)?");

    private PackageVersion() {
    }

    public static String of(String mavenVersion) {
        Matcher m = NUMERIC.matcher(mavenVersion);
        if (!m.matches()) {
            throw new IllegalArgumentException("the project version '" + mavenVersion
                    + "' does not start with major.minor[.patch]; installers need a numeric version");
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        // MSI's ProductVersion: major and minor at most 255, build at most 65535.
        if (major > 255 || minor > 255 || patch > 65535) {
            throw new IllegalArgumentException("the project version '" + mavenVersion
                    + "' is beyond what MSI can hold (255.255.65535)");
        }
        return major + "." + minor + "." + patch;
    }
}
