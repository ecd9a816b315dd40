package dev.headroom.app.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One-dimensional bin-packing instances with known optima, read from where they lie (never copied):
 * the OR-Library files of Falkenauer's uniform classes, Scholl's zipped sets, and {@code optima.csv}.
 */
record BinPackingInstances() {

    /** One instance: item sizes, bin capacity and the proven optimum. */
    record Instance(String set, String name, int capacity, int[] sizes, int optimum) {
    }

    /** Instance name → proven optimum, from {@code optima.csv}. */
    static Map<String, Integer> optima(Path dir) throws IOException {
        Map<String, Integer> optima = new HashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("optima.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split(","));
        int name = header.indexOf("instance");
        int optimum = header.indexOf("optimum");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            optima.put(cells[name].trim(), Integer.parseInt(cells[optimum].trim()));
        }
        return optima;
    }

    /**
     * An OR-Library file: the number of problems, then for each its name, a line
     * {@code capacity n best_known} and n sizes.
     */
    static List<Instance> orLibrary(Path file, String set, Map<String, Integer> optima) throws IOException {
        List<String> tokens = new ArrayList<>(List.of(Files.readString(file).trim().split("\\s+")));
        int problems = Integer.parseInt(tokens.removeFirst());
        List<Instance> instances = new ArrayList<>();
        for (int i = 0; i < problems; i++) {
            String name = tokens.removeFirst();
            int capacity = Integer.parseInt(tokens.removeFirst());
            int n = Integer.parseInt(tokens.removeFirst());
            tokens.removeFirst();
            int[] sizes = new int[n];
            for (int j = 0; j < n; j++) {
                sizes[j] = (int) Math.round(Double.parseDouble(tokens.removeFirst()));
            }
            instances.add(new Instance(set, name, capacity, sizes, required(optima, name)));
        }
        return instances;
    }

    /** Every {@code .BPP} member of a Scholl zip: n, capacity, then n weights. */
    static List<Instance> scholl(Path zip, String set, Map<String, Integer> optima) throws IOException {
        List<Instance> instances = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = file.stream()
                    .filter(e -> e.getName().toUpperCase().endsWith(".BPP")).sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
            for (ZipEntry entry : entries) {
                String text;
                try (InputStream in = file.getInputStream(entry)) {
                    text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                }
                String[] tokens = text.trim().split("\\s+");
                int n = Integer.parseInt(tokens[0]);
                int capacity = Integer.parseInt(tokens[1]);
                int[] sizes = new int[n];
                for (int j = 0; j < n; j++) {
                    sizes[j] = Integer.parseInt(tokens[2 + j]);
                }
                String name = entry.getName().replaceFirst("(?i)\\.BPP$", "");
                name = name.substring(name.lastIndexOf('/') + 1);
                instances.add(new Instance(set, name, capacity, sizes, required(optima, name)));
            }
        }
        return instances;
    }

    private static int required(Map<String, Integer> optima, String name) {
        Integer optimum = optima.get(name);
        if (optimum == null) {
            throw new IllegalArgumentException("optima.csv has no optimum for " + name);
        }
        return optimum;
    }
}
