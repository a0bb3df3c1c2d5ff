package vn.kehoachxa.export;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ooxml.POIXMLDocument;
import vn.kehoachxa.domain.plan.PlanIdentity;

/**
 * Writes who a document belongs to into its custom document properties (Word and Excel: File › Info › Properties),
 * never into the printed text: the plan's global id, the commune's administrative code and province (decision
 * 0037). A province's collector can read them without opening the pages; an official printing sees nothing new.
 */
public final class DocumentIdentity {
    /** Custom property: the plan's global id (UUID). */
    public static final String PLAN_ID = "KeHoachXa.PlanId";
    /** Custom property: the commune's administrative code (mã đơn vị hành chính). */
    public static final String COMMUNE_CODE = "KeHoachXa.CommuneCode";
    /** Custom property: the commune's province. */
    public static final String PROVINCE = "KeHoachXa.Province";

    private DocumentIdentity() {
    }

    /** Puts the known parts of {@code identity} into {@code document}'s custom properties; unknown parts are left out. */
    public static void stamp(POIXMLDocument document, PlanIdentity identity) {
        POIXMLProperties.CustomProperties custom = document.getProperties().getCustomProperties();
        put(custom, PLAN_ID, identity.globalId());
        put(custom, COMMUNE_CODE, identity.communeCode());
        put(custom, PROVINCE, identity.province());
    }

    private static void put(POIXMLProperties.CustomProperties custom, String name, String value) {
        if (value != null && !custom.contains(name)) {
            custom.addProperty(name, value);
        }
    }
}
