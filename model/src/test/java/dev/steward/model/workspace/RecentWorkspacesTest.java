package dev.steward.model.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentWorkspacesTest {

    @TempDir
    Path dir;

    private Path folder(String name) throws IOException {
        return Files.createDirectories(dir.resolve("ws").resolve(name)).toAbsolutePath();
    }

    @Test
    void mostRecentFirstWithoutDuplicatesAndPersisted() throws IOException {
        Path a = folder("a");
        Path b = folder("b");
        RecentWorkspaces recent = new RecentWorkspaces(dir.resolve("settings"));
        recent.add(a);
        recent.add(b);
        recent.add(a);

        assertEquals(List.of(a, b), new RecentWorkspaces(dir.resolve("settings")).list());
    }

    @Test
    void keepsAtMostTen() throws IOException {
        RecentWorkspaces recent = new RecentWorkspaces(dir);
        List<Path> added = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            added.add(folder("w" + i));
            recent.add(added.getLast());
        }

        List<Path> list = recent.list();

        assertEquals(RecentWorkspaces.MAX, list.size());
        assertEquals(added.get(11), list.getFirst());
        assertEquals(added.get(2), list.getLast());
    }

    @Test
    void dropsFoldersThatNoLongerExist() throws IOException {
        Path a = folder("a");
        Path gone = folder("gone");
        RecentWorkspaces recent = new RecentWorkspaces(dir);
        recent.add(a);
        recent.add(gone);
        Files.delete(gone);

        assertEquals(List.of(a), recent.list());
        recent.remove(a);
        assertEquals(List.of(), recent.list());
    }

    @Test
    void anEmptyOrMissingListIsEmpty() {
        assertEquals(List.of(), new RecentWorkspaces(dir.resolve("nothing")).list());
    }
}
