package vn.kehoachxa.domain.report;

/**
 * Phần của báo cáo định kỳ: the editable parts of the conventional outline of a periodic report, in printed order.
 * A part sits under a chapter (I.–V.) and may be a numbered item of it ("1. Ưu điểm"); the opening and closing
 * paragraphs sit outside the chapters.
 */
public enum ReportPart {
    OPENING(null, null, null),
    LEADERSHIP("I", null, null),
    TARGETS("II", "1", "Kết quả thực hiện các mục tiêu, chỉ tiêu"),
    TASKS("II", "2", "Kết quả thực hiện các nhiệm vụ, giải pháp"),
    STRENGTHS("III", "1", "Ưu điểm"),
    WEAKNESSES("III", "2", "Tồn tại, hạn chế"),
    CAUSES("III", "3", "Nguyên nhân"),
    NEXT_PERIOD("IV", null, null),
    PROPOSALS("V", null, null),
    CLOSING(null, null, null);

    private final String chapter;
    private final String item;
    private final String itemTitle;

    ReportPart(String chapter, String item, String itemTitle) {
        this.chapter = chapter;
        this.item = item;
        this.itemTitle = itemTitle;
    }

    /** The chapter's Roman numeral ("II"), or null for the opening and closing. */
    public String chapter() {
        return chapter;
    }

    /** The item number inside the chapter ("1"), or null when the part is the whole chapter. */
    public String item() {
        return item;
    }

    /** "1. Ưu điểm", or null when the part is the whole chapter. */
    public String itemHeading() {
        return item == null ? null : item + ". " + itemTitle;
    }

    /** Whether this part opens its chapter (its chapter heading is printed before it). */
    public boolean opensChapter() {
        return chapter != null && (item == null || "1".equals(item));
    }

    /** "II. KẾT QUẢ THỰC HIỆN": the heading of this part's chapter, or null. */
    public String chapterHeading() {
        if (chapter == null) {
            return null;
        }
        return chapter + ". " + switch (chapter) {
            case "I" -> "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI";
            case "II" -> "KẾT QUẢ THỰC HIỆN";
            case "III" -> "ĐÁNH GIÁ CHUNG";
            case "IV" -> "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI";
            case "V" -> "ĐỀ XUẤT, KIẾN NGHỊ";
            default -> throw new IllegalStateException(chapter);
        };
    }

    /** The label an editor shows: the item heading, else the chapter heading, else "Mở đầu" / "Kết thúc". */
    public String editorLabel() {
        if (itemHeading() != null) {
            return chapter + "." + itemHeading();
        }
        if (chapterHeading() != null) {
            return chapterHeading();
        }
        return this == OPENING ? "Mở đầu" : "Kết thúc";
    }
}
