package dev.steward.model.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a file on disk was when the editor loaded or saved it: size, modification time and a
 * SHA-256 of the bytes. Two fingerprints describe the same content when size and hash agree; the
 * time only tells that something touched the file. {@link #encode()} gives a one-line form for
 * storing beside journal entries.
 */
public record DiskFingerprint(long size, long modifiedMillis, String sha256) {

    public static DiskFingerprint of(Path file) throws IOException {
        long modified = Files.getLastModifiedTime(file).toMillis();
        byte[] bytes = Files.readAllBytes(file);
        return of(bytes, modified);
    }

    public static DiskFingerprint of(byte[] bytes, long modifiedMillis) {
        return new DiskFingerprint(bytes.length, modifiedMillis, hash(bytes));
    }

    public boolean sameContent(DiskFingerprint other) {
        return other != null && size == other.size && sha256.equals(other.sha256);
    }

    /** {@code size:modifiedMillis:sha256}. */
    public String encode() {
        return size + ":" + modifiedMillis + ":" + sha256;
    }

    public static Optional<DiskFingerprint> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(":", -1);
        if (parts.length != 3 || parts[2].length() != 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DiskFingerprint(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
