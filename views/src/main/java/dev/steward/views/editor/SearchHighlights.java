package dev.steward.views.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;

/**
 * Marks the find matches other than the current one with extra RichTextFX selections (style
 * class {@code search-match}), drawn under the text like the selection: no style spans are
 * touched, so highlighting and underlines are left alone. At most {@link #LIMIT} are marked.
 */
final class SearchHighlights {
    static final int LIMIT = 500;

    private final CodeArea area;
    private final List<Selection<Collection<String>, String, Collection<String>>> marks = new ArrayList<>();

    SearchHighlights(CodeArea area) {
        this.area = area;
    }

    /** Marks {@code matches} except the one at index {@code current}, which the selection shows. */
    void show(List<TextSearch.Match> matches, int current) {
        clear();
        for (int i = 0; i < Math.min(LIMIT, matches.size()); i++) {
            if (i == current) {
                continue;
            }
            TextSearch.Match m = matches.get(i);
            // the area keeps selections by name, so each mark needs its own
            var mark = new SelectionImpl<Collection<String>, String, Collection<String>>("search-match-" + marks.size(), area,
                    path -> path.getStyleClass().add("search-match"));
            mark.selectRange(m.start(), m.end());
            if (area.addSelection(mark)) {
                marks.add(mark);
            }
        }
    }

    void clear() {
        for (var mark : marks) {
            area.removeSelection(mark);
            mark.dispose();
        }
        marks.clear();
    }

    int count() {
        return marks.size();
    }
}
