package dev.steward.app.studio;

import dev.steward.views.document.DocumentView;
import dev.steward.views.palette.PaletteCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every user action of the main window, once: the menu bar, the keyboard shortcuts and the
 * command palette are all built from the same {@link Action} list.
 */
final class StudioActions {

    /** One action: a menu, a title, an optional shortcut and what it does. */
    record Action(String menu, String id, String title, KeyCombination shortcut, Runnable run) {
    }

    private final MainWindow window;
    private final List<Action> actions = new ArrayList<>();

    StudioActions(MainWindow window) {
        this.window = window;
        define();
    }

    private void define() {
        add("File", "open-workspace", "Open Workspace…", combo(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openWorkspace);
        add("File", "save", "Save", combo(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> window.documents().saveActive());
        add("File", "save-all", "Save All", combo(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> window.documents().saveAll());
        add("File", "reload-workspace", "Reload Workspace", null,
                () -> window.session().root().ifPresent(r -> window.openWorkspace(r, () -> { })));
        add("File", "exit", "Exit", null, () -> window.stage().fireEvent(
                new javafx.stage.WindowEvent(window.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        add("Edit", "undo", "Undo", combo(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> onEditor(d -> d.editor().undo()));
        add("Edit", "redo", "Redo", combo(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), () -> onEditor(d -> d.editor().redo()));
        add("Edit", "find", "Find…", combo(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> onEditor(d -> d.editor().showFind()));
        add("Edit", "replace", "Replace…", combo(KeyCode.H, KeyCombination.SHORTCUT_DOWN), () -> onEditor(d -> d.editor().showReplace()));
        add("Edit", "definition", "Go to Definition", new KeyCodeCombination(KeyCode.F12),
                () -> onEditor(d -> d.editor().goToDefinitionAtCaret()));
        add("Edit", "usages", "Find Usages", combo(KeyCode.F12, KeyCombination.SHIFT_DOWN),
                () -> onEditor(d -> d.editor().findUsagesAtCaret()));
        add("Edit", "rename", "Rename Symbol…", new KeyCodeCombination(KeyCode.F2),
                () -> onEditor(d -> d.editor().renameAtCaret()));
        add("Contract", "next-problem", "Next Problem", new KeyCodeCombination(KeyCode.F8), window::nextProblem);
        add("Contract", "migrate", "Migrate to ODCS v3.1.0", null,
                () -> onEditor(d -> window.migrate(d.model().path())));
        add("Git", "commit", "Commit…", combo(KeyCode.K, KeyCombination.SHORTCUT_DOWN), window::focusCommitMessage);
        add("Git", "refresh", "Refresh Git Status", null, () -> window.git().ifPresent(g -> g.refresh()));
        add("Git", "new-branch", "New Branch…", null,
                () -> window.git().ifPresent(g -> window.dialogs().askBranchName().ifPresent(g::createBranch)));
        add("Git", "init", "Create Git Repository…", null, window::initRepository);
        add("Review", "review", "Review Changes…", combo(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                window::openReview);
        add("View", "palette", "Command Palette…", combo(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> window.palette().show(window.scene().getRoot()));
        add("View", "theme", "Toggle Light/Dark Theme", null, window::toggleTheme);
        add("View", "git-panel", "Show/Hide Git Panel", combo(KeyCode.G, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                window::toggleGitPanel);
        add("View", "metric-preview", "Metric Preview", combo(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                window::toggleMetricPreview);
        add("View", "lineage", "Show Lineage", combo(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                window::toggleLineage);
        add("View", "show-in-lineage", "Show in Lineage", null, window::showInLineage);
        add("View", "domain-map", "Domain Map", combo(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                window::toggleDomainMap);
    }

    private void add(String menu, String id, String title, KeyCombination shortcut, Runnable run) {
        actions.add(new Action(menu, id, title, shortcut, run));
    }

    private static KeyCombination combo(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    private void onEditor(Consumer<DocumentView> action) {
        window.documents().active().ifPresent(action);
    }

    private void openWorkspace() {
        Path start = window.session().root().map(Path::getParent).orElse(Path.of(System.getProperty("user.home")));
        window.dialogs().chooseWorkspace(start).ifPresent(p -> window.openWorkspace(p, () -> { }));
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        bar.setId("menuBar");
        for (String name : List.of("File", "Edit", "Contract", "Git", "Review", "View")) {
            Menu menu = new Menu(name);
            for (Action a : actions) {
                if (a.menu().equals(name)) {
                    MenuItem item = new MenuItem(a.title());
                    item.setId("menu-" + a.id());
                    // shortcuts are installed on the scene; the menu only shows them
                    item.setOnAction(e -> a.run().run());
                    if (a.shortcut() != null && global(a.id())) {
                        item.setAccelerator(a.shortcut());
                    }
                    menu.getItems().add(item);
                    if (a.id().equals("save-all") || a.id().equals("redo") || a.id().equals("replace")) {
                        menu.getItems().add(new SeparatorMenuItem());
                    }
                }
            }
            if (name.equals("File")) {
                Menu recentMenu = new Menu("Open Recent");
                recentMenu.setOnShowing(e -> fillRecent(recentMenu));
                recentMenu.getItems().add(new MenuItem("(none)"));
                menu.getItems().add(1, recentMenu);
            }
            bar.getMenus().add(menu);
        }
        return bar;
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        for (Path p : window.recent().list()) {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> window.openWorkspace(p, () -> { }));
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    /**
     * Shortcuts that must work wherever the focus is. Editing keys (undo, redo, find) are left to
     * the focused editor, which handles them itself; the menu accelerators cover the rest.
     */
    void installShortcuts(Scene scene) {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            for (Action a : actions) {
                if (a.shortcut() != null && a.shortcut().match(e) && global(a.id())) {
                    a.run().run();
                    e.consume();
                    return;
                }
            }
        });
    }

    private static boolean global(String id) {
        return switch (id) {
            case "save", "save-all", "palette", "next-problem", "commit", "open-workspace", "git-panel", "metric-preview",
                 "lineage", "domain-map", "review" -> true;
            default -> false;
        };
    }

    List<PaletteCommand> paletteCommands() {
        return actions.stream()
                .filter(a -> !a.id().equals("palette"))
                .map(a -> new PaletteCommand(a.id(), a.menu() + ": " + a.title(),
                        a.shortcut() == null ? "" : a.shortcut().getDisplayText(), a.run()))
                .toList();
    }
}
