package dev.steward.views.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandMatcherTest {

    private static PaletteCommand c(String title) {
        return new PaletteCommand(title, title, "", () -> { });
    }

    @Test
    void subsequenceMatchesWithWordStartsFirst() {
        List<PaletteCommand> all = List.of(c("File: Save All"), c("File: Save"), c("Git: Commit…"), c("View: Toggle Theme"));
        List<String> ranked = CommandMatcher.rank(all, "sa").stream().map(PaletteCommand::title).toList();
        assertTrue(ranked.get(0).startsWith("File: Save"), ranked.toString());
        assertEquals(List.of("Git: Commit…"), CommandMatcher.rank(all, "gc").stream().map(PaletteCommand::title).toList());
        assertTrue(CommandMatcher.rank(all, "zzz").isEmpty());
        assertEquals(4, CommandMatcher.rank(all, "").size());
    }
}
