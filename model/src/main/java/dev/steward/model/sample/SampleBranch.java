package dev.steward.model.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * A branch the sample installs next to {@code main}: one commit that replaces {@code files} with the
 * versions in the branch's {@link #folder()} of the branches source (kept apart from the sample, so
 * that the sample folder stays a workspace of its own), so the review view has a change to review on
 * first start.
 */
public record SampleBranch(String name, String message, List<String> files) {

    /** Name of the file listing the branches, at the root of the branches source. */
    public static final String INDEX = "branches.txt";

    public SampleBranch {
        files = List.copyOf(files);
    }

    /** The folder with this branch's files: its name with '/' written as "--". */
    public String folder() {
        return name.replace("/", "--") + "/";
    }

    /** The branches listed in {@code source}'s {@link #INDEX}; none when the sample has no such file. */
    public static List<SampleBranch> read(SampleSource source) throws IOException {
        String text;
        try (InputStream in = source.open(INDEX)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return List.of();
        }
        List<SampleBranch> out = new ArrayList<>();
        String name = null;
        String message = null;
        List<String> files = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.startsWith("branch ")) {
                if (name != null) {
                    out.add(new SampleBranch(name, message, files));
                }
                int bar = entry.indexOf('|');
                if (bar < 0) {
                    throw new IOException("Line " + lineNo + " of the sample's " + INDEX
                            + " needs 'branch <name> | <commit message>': " + entry);
                }
                name = entry.substring("branch ".length(), bar).strip();
                message = entry.substring(bar + 1).strip();
                files = new ArrayList<>();
            } else if (name == null) {
                throw new IOException("Line " + lineNo + " of the sample's " + INDEX + " names a file before any branch: " + entry);
            } else {
                files.add(SampleWorkspaceInstaller.checkedEntry(entry, lineNo, INDEX));
            }
        }
        if (name != null) {
            out.add(new SampleBranch(name, message, files));
        }
        return out;
    }
}
