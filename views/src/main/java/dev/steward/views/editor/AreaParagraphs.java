package dev.steward.views.editor;

import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/** The paragraphs of a RichTextFX area as they are now. */
final class AreaParagraphs implements ParagraphLocator {
    private final GenericStyledArea<?, ?, ?> area;

    AreaParagraphs(GenericStyledArea<?, ?, ?> area) {
        this.area = area;
    }

    @Override
    public int length() {
        return area.getLength();
    }

    @Override
    public int paragraphCount() {
        return area.getParagraphs().size();
    }

    @Override
    public int paragraphOf(int offset) {
        return area.offsetToPosition(Math.clamp(offset, 0, area.getLength()), Bias.Forward).getMajor();
    }

    @Override
    public int paragraphStart(int paragraph) {
        return area.getAbsolutePosition(paragraph, 0);
    }

    @Override
    public int paragraphLength(int paragraph) {
        return area.getParagraphLength(paragraph);
    }
}
