package dev.steward.views.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.workspace.EditJournal;
import dev.steward.views.task.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentViewModelTest {

    @TempDir
    Path dir;

    private DocumentViewModel open(Path file, EditJournal journal) throws Exception {
        DocumentViewModel.Loaded loaded = DocumentViewModel.Loaded.read(file);
        return new DocumentViewModel(file, loaded.text(), loaded.fingerprint(), new SameThreadTaskRunner(), journal);
    }

    @Test
    void dirtyFollowsTheTextAndSaveWritesAtomically() throws Exception {
        Path file = Files.writeString(dir.resolve("c.yaml"), "apiVersion: v3.1.0\nkind: DataContract\n");
        DocumentViewModel vm = open(file, null);
        assertEquals(ArtifactKind.ODCS, vm.kindProperty().get().orElseThrow());
        vm.textChanged("apiVersion: v3.1.0\nkind: DataContract\nid: x\n");
        assertTrue(vm.dirtyProperty().get());
        List<String> errors = new ArrayList<>();
        vm.save("apiVersion: v3.1.0\nkind: DataContract\nid: x\n", () -> { }, errors::add);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("apiVersion: v3.1.0\nkind: DataContract\nid: x\n", Files.readString(file));
        vm.textChanged("apiVersion: v3.1.0\nkind: DataContract\nid: x\n");
        assertFalse(vm.dirtyProperty().get());
        try (var siblings = Files.list(dir)) {
            assertEquals(1, siblings.count(), "no temp file is left next to the saved one");
        }
    }

    @Test
    void unsavedTextIsJournaledAndDroppedOnSave() throws Exception {
        Path file = Files.writeString(dir.resolve("c.yaml"), "a: 1\n");
        EditJournal journal = new EditJournal(dir.resolve("journal"));
        DocumentViewModel vm = open(file, journal);
        vm.journal("a: 2\n");
        assertEquals("a: 2\n", new EditJournal(dir.resolve("journal")).pending().get(0).text(),
                "a new journal instance (the next start) sees the unsaved text");
        vm.save("a: 2\n", () -> { }, e -> { });
        assertTrue(journal.pending().isEmpty());
    }

    @Test
    void externalChangeIsNoticedAndReloadOrKeepResolvesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("c.yaml"), "a: 1\n");
        DocumentViewModel vm = open(file, null);
        vm.checkDisk();
        assertFalse(vm.changedOnDiskProperty().get());
        Files.writeString(file, "a: 99\n");
        vm.checkDisk();
        assertTrue(vm.changedOnDiskProperty().get());
        assertTrue(vm.noticeProperty().get().contains("changed on disk"));
        List<String> reloaded = new ArrayList<>();
        vm.reload(reloaded::add, e -> { });
        assertEquals(List.of("a: 99\n"), reloaded);
        assertFalse(vm.changedOnDiskProperty().get());
        Files.writeString(file, "a: 100\n");
        vm.checkDisk();
        vm.keepMine();
        assertFalse(vm.changedOnDiskProperty().get());
        vm.checkDisk();
        assertFalse(vm.changedOnDiskProperty().get(), "after keep, the current disk state is the baseline");
    }

    @Test
    void aCrlfFileIsComparedAndSavedWithItsLineEndings() throws Exception {
        Path file = Files.writeString(dir.resolve("w.yaml"), "a: 1\r\nb: 2\r\n");
        DocumentViewModel vm = open(file, null);
        vm.textChanged("a: 1\nb: 2\n");
        assertFalse(vm.dirtyProperty().get(), "the editor's LF text equals the CRLF file");
        vm.save("a: 1\nb: 3\n", () -> { }, e -> { });
        assertEquals("a: 1\r\nb: 3\r\n", Files.readString(file));
    }
}
