package dev.headroom.installers;

import java.util.Locale;
import java.util.Set;

/**
 * The operating system and processor an installer is built for, and which native libraries inside the
 * application's jars belong to it. Jars such as sqlite-jdbc carry natives for a dozen platforms; an installer
 * keeps only its own, so a Linux package carries no Windows DLLs.
 *
 * @param os   {@code linux}, {@code windows} or {@code macos}
 * @param arch {@code x86_64} or {@code aarch64}
 */
public record Platform(String os, String arch) {

    private static final Set<String> OS_WORDS = Set.of("linux", "windows", "win32", "win64", "mac", "macos",
            "macosx", "darwin", "osx", "freebsd", "openbsd", "sunos", "aix", "android", "musl", "ios");
    private static final Set<String> ARCH_WORDS = Set.of("x86_64", "amd64", "x64", "aarch64", "arm64", "arm",
            "armv6", "armv7", "armhf", "x86", "i386", "i686", "ppc64", "ppc64le", "riscv64", "s390x", "loongarch64");

    public Platform {
        if (!Set.of("linux", "windows", "macos").contains(os)) {
            throw new IllegalArgumentException("unknown operating system '" + os + "' (linux, windows or macos)");
        }
        if (!Set.of("x86_64", "aarch64").contains(arch)) {
            throw new IllegalArgumentException("unknown processor '" + arch + "' (x86_64 or aarch64)");
        }
    }

    /** Parses JavaCPP's platform names as the build uses them: {@code linux-x86_64}, {@code windows-x86_64}, {@code macosx-arm64}. */
    public static Platform parse(String name) {
        String[] parts = name.toLowerCase(Locale.ROOT).split("-", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a platform is os-arch, e.g. linux-x86_64, not '" + name + "'");
        }
        String os = switch (parts[0]) {
            case "macosx", "mac", "darwin" -> "macos";
            default -> parts[0];
        };
        String arch = switch (parts[1]) {
            case "amd64", "x64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> parts[1];
        };
        return new Platform(os, arch);
    }

    /** True for a jar entry that is a native library: a shared object, DLL or dylib. */
    public static boolean isNativeLibrary(String entry) {
        String name = entry.substring(entry.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".jnilib")
                || name.endsWith(".so") || name.contains(".so.");
    }

    /**
     * True for a native library that is not for this platform: its file type is another system's, or its
     * path names another system or processor (sqlite-jdbc: {@code org/sqlite/native/Linux-Musl/aarch64/},
     * JavaCPP: {@code org/bytedeco/openblas/windows-x86_64/}). Natives whose path names no platform at all
     * (JavaFX's {@code libglass.so} at the jar's root) are judged by their file type alone.
     */
    public boolean isForeignNative(String entry) {
        if (!isNativeLibrary(entry)) {
            return false;
        }
        String lower = entry.toLowerCase(Locale.ROOT);
        String file = lower.substring(lower.lastIndexOf('/') + 1);
        boolean ownType = switch (os) {
            case "linux" -> file.endsWith(".so") || file.contains(".so.");
            case "windows" -> file.endsWith(".dll");
            default -> file.endsWith(".dylib") || file.endsWith(".jnilib");
        };
        if (!ownType) {
            return true;
        }
        for (String word : lower.substring(0, lower.length() - file.length()).split("[/\\-]")) {
            if (OS_WORDS.contains(word) && !ownOsWords().contains(word)) {
                return true;
            }
            if (ARCH_WORDS.contains(word) && !ownArchWords().contains(word)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> ownOsWords() {
        return switch (os) {
            case "linux" -> Set.of("linux");
            case "windows" -> Set.of("windows", "win32", "win64");
            default -> Set.of("mac", "macos", "macosx", "darwin", "osx");
        };
    }

    private Set<String> ownArchWords() {
        return arch.equals("x86_64") ? Set.of("x86_64", "amd64", "x64") : Set.of("aarch64", "arm64");
    }

    @Override
    public String toString() {
        return os + "-" + arch;
    }
}
