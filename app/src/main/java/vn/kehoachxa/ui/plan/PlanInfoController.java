package vn.kehoachxa.ui.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.IssuerLevel;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.PlanVersionService;
import vn.kehoachxa.service.SignedOriginalService;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.SignedOriginalAction;
import vn.kehoachxa.domain.plan.TypeNames;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.FieldCaptions;
import vn.kehoachxa.ui.common.DateFields;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.plan.PlanInfoViewModel.PlanInfo;

/**
 * Thông tin kế hoạch: the plan's own fields, its basis documents and recipients, its reporting rule and how its
 * appendices print. Each edit is saved at once on the background executor (no Save button) and undone by Ctrl+Z.
 */
public final class PlanInfoController implements PlanScreen {
    private final AppContext ctx;
    private final PlanVersionService versions;
    private final SignedOriginalService signedOriginals;
    private final PlanInfoViewModel model;
    private final ValidationSupport validation = new ValidationSupport();
    private boolean showing;

    @FXML private VBox form;
    @FXML private Label typeLabel;
    @FXML private ComboBox<DocumentFamily> familyBox;
    @FXML private ComboBox<DocumentType> typeBox;
    @FXML private ComboBox<PartyRules> partyRulesBox;
    @FXML private TextField numberField;
    @FXML private TextField symbolField;
    @FXML private DatePicker dateField;
    @FXML private TextField placeField;
    @FXML private TextArea summaryArea;
    @FXML private TextField signerAuthorityField;
    @FXML private TextField signerDeputyField;
    @FXML private TextField signerTitleField;
    @FXML private TextField signerNameField;
    @FXML private TextField startYearField;
    @FXML private TextField endYearField;
    @FXML private TextField visionYearField;
    @FXML private ComboBox<String> typeNameBox;
    @FXML private ComboBox<IssuerLevel> issuerLevelBox;
    @FXML private TextField areaField;
    @FXML private TextField superiorField;
    @FXML private TextArea issuingArea;
    @FXML private StackPane basisHolder;
    @FXML private StackPane recipientsHolder;
    @FXML private StackPane ruleHolder;
    @FXML private StackPane appendicesHolder;
    @FXML private Label savedLabel;
    @FXML private HBox issueBanner;
    @FXML private Label issueBannerText;
    @FXML private Label signedLabel;
    @FXML private Button compareButton;
    @FXML private HBox issueBar;
    @FXML private Label issueHint;
    @FXML private Button draftCompareButton;
    /** The plan shown, for the issue, revise and compare actions. */
    private Plan current;
    private OrderedListEditor<String> basis;
    private OrderedListEditor<Recipient> recipients;
    private ReportingRulePane rule;
    private AppendicesPane appendices;

    /** Built by the controller factory. */
    public PlanInfoController(AppContext ctx, PlanService plans, PlanVersionService versions,
                              SignedOriginalService signedOriginals) {
        this.ctx = ctx;
        this.versions = versions;
        this.signedOriginals = signedOriginals;
        this.model = new PlanInfoViewModel(plans);
    }

    @FXML
    private void initialize() {
        savedLabel.textProperty().bind(model.statusProperty());
        signedLabel.managedProperty().bind(signedLabel.textProperty().isNotEmpty());
        signedLabel.visibleProperty().bind(signedLabel.managedProperty());
        typeLabel.textProperty().bind(Bindings.createStringBinding(() -> model.shownProperty().get() == null ? ""
                : typeLine(model.shownProperty().get().plan()), model.shownProperty()));
        DateFields.vietnamese(dateField);
        documentFields();
        yearFields();
        issuerFields();
        TextField citation = field("basisField", "planinfo.basis.prompt");
        citation.getProperties().put(FieldCaptions.CAPTION, Texts.get("planinfo.basis.caption"));
        basis = new OrderedListEditor<>("basis", s -> s, List.of(citation),
                texts -> PlanEdits.blankToNull(texts.getFirst()), s -> List.of(s),
                list -> saveWith("planinfo.field.basis", m -> m.setBasisDocuments(Texts.get("planinfo.field.basis"),
                        list)));
        basisHolder.getChildren().setAll(basis);
        TextField name = field("recipientNameField", "planinfo.recipient.prompt");
        TextField note = field("recipientNoteField", "planinfo.recipient.notePrompt");
        note.setPrefColumnCount(18);
        name.getProperties().put(FieldCaptions.CAPTION, Texts.get("planinfo.recipient.caption"));
        note.getProperties().put(FieldCaptions.CAPTION, Texts.get("planinfo.recipient.noteCaption"));
        recipients = new OrderedListEditor<>("recipients", PlanInfoController::recipientLine, List.of(name, note),
                texts -> PlanEdits.blankToNull(texts.get(0)) == null ? null
                        : new Recipient(texts.get(0).strip(), PlanEdits.blankToNull(texts.get(1))),
                r -> java.util.Arrays.asList(r.name(), r.note()),
                list -> saveWith("planinfo.field.recipients",
                        m -> m.setRecipients(Texts.get("planinfo.field.recipients"), list)));
        recipientsHolder.getChildren().setAll(recipients);
        rule = new ReportingRulePane(validation, r -> save("planinfo.field.rule", p -> PlanEdits.withRule(p, r)));
        ruleHolder.getChildren().setAll(rule);
        appendices = new AppendicesPane(list -> saveWith("planinfo.field.appendices",
                m -> m.setAppendices(Texts.get("planinfo.field.appendices"), list)));
        appendicesHolder.getChildren().setAll(appendices);
    }

    private void documentFields() {
        familyBox.setItems(FXCollections.observableArrayList(DocumentFamily.values()));
        familyBox.setConverter(Converters.of(f -> Texts.get("planinfo.family." + f)));
        typeBox.setItems(FXCollections.observableArrayList(DocumentType.values()));
        typeBox.setConverter(Converters.of(t -> t.abbreviation() + " — " + t.title()));
        familyBox.valueProperty().addListener((obs, old, now) -> kindChanged());
        typeBox.valueProperty().addListener((obs, old, now) -> kindChanged());
        partyRulesBox.setItems(FXCollections.observableArrayList(PartyRules.values()));
        partyRulesBox.setConverter(Converters.of(r -> Texts.get("planinfo.partyRules." + r)));
        // Only Party documents follow these rules; the choice stays stored if the family changes back.
        partyRulesBox.visibleProperty().bind(familyBox.valueProperty().isEqualTo(DocumentFamily.PARTY));
        partyRulesBox.managedProperty().bind(partyRulesBox.visibleProperty());
        partyRulesBox.valueProperty().addListener((obs, old, now) -> {
            if (!showing && now != null) {
                save("planinfo.field.partyRules", p -> PlanEdits.withPartyRules(p, now));
            }
        });
        validation.registerValidator(numberField, false, (c, v) -> result(c, PlanFieldRules.number(
                numberField.getText())));
        onLeave(numberField, "planinfo.field.number", () -> {
            String n = numberField.getText();
            return PlanFieldRules.number(n).isPresent() ? null : p -> PlanEdits.withNumber(p, n);
        });
        for (TextInputControl field : new TextInputControl[] {symbolField, placeField, summaryArea}) {
            onLeave(field, "planinfo.field.texts", () -> {
                String symbol = symbolField.getText();
                String place = placeField.getText();
                String summary = summaryArea.getText();
                return p -> PlanEdits.withTexts(p, symbol, place, summary);
            });
        }
        for (TextInputControl field : new TextInputControl[] {signerAuthorityField, signerDeputyField,
            signerTitleField, signerNameField}) {
            onLeave(field, "planinfo.field.signer", () -> {
                String authority = signerAuthorityField.getText();
                String deputy = signerDeputyField.getText();
                String title = signerTitleField.getText();
                String name = signerNameField.getText();
                return p -> PlanEdits.withSigner(p, authority, deputy, title, name);
            });
        }
        dateField.valueProperty().addListener((obs, old, now) -> {
            if (!showing) {
                save("planinfo.field.date", p -> PlanEdits.withDate(p, now));
            }
        });
    }

    private void yearFields() {
        validation.registerValidator(startYearField, false, (c, v) -> result(c,
                PlanFieldRules.year(Texts.get("planinfo.years.from"), startYearField.getText())));
        validation.registerValidator(endYearField, false, (c, v) -> result(c,
                PlanFieldRules.year(Texts.get("planinfo.years.to"), endYearField.getText())
                        .or(() -> yearsProblem())));
        validation.registerValidator(visionYearField, false, (c, v) -> result(c, yearsProblem()));
        for (TextField field : List.of(startYearField, endYearField, visionYearField)) {
            onLeave(field, "planinfo.field.years", () -> {
                String start = startYearField.getText();
                String end = endYearField.getText();
                String vision = visionYearField.getText();
                if (PlanFieldRules.year("", start).isPresent() || PlanFieldRules.year("", end).isPresent()
                        || PlanFieldRules.years(start, end, vision).isPresent()) {
                    return null;
                }
                return p -> PlanEdits.withYears(p, PlanFieldRules.parse(start), PlanFieldRules.parse(end),
                        PlanFieldRules.parse(vision));
            });
        }
    }

    /** Printed type name, issuer level and area, header names: each saved as one edit. */
    private void issuerFields() {
        typeNameBox.valueProperty().addListener((obs, old, now) -> {
            if (!showing && now != null) {
                save("planinfo.field.typeName", p -> PlanEdits.withTypeName(p, now));
            }
        });
        issuerLevelBox.setItems(FXCollections.observableArrayList(IssuerLevel.values()));
        issuerLevelBox.setConverter(Converters.of(l -> Texts.get("planinfo.issuerLevel." + l)));
        issuerLevelBox.valueProperty().addListener((obs, old, now) -> {
            if (!showing && now != null) {
                String area = areaField.getText();
                save("planinfo.field.issuer", p -> PlanEdits.withIssuerLevelAndArea(p, now, area));
            }
        });
        onLeave(areaField, "planinfo.field.issuer", () -> {
            String area = areaField.getText();
            return p -> PlanEdits.withIssuerLevelAndArea(p, p.issuerLevel(), area);
        });
        for (TextInputControl field : new TextInputControl[] {superiorField, issuingArea}) {
            onLeave(field, "planinfo.field.issuer", () -> {
                String superior = superiorField.getText();
                String issuing = issuingArea.getText();
                return p -> PlanEdits.withHeaderNames(p, superior, issuing);
            });
        }
    }

    private Optional<String> yearsProblem() {
        return PlanFieldRules.years(startYearField.getText(), endYearField.getText(), visionYearField.getText());
    }

    private void kindChanged() {
        DocumentFamily family = familyBox.getValue();
        DocumentType type = typeBox.getValue();
        if (!showing && family != null && type != null) {
            save("planinfo.field.kind", p -> PlanEdits.withKind(p, family, type));
        }
    }

    private void onLeave(TextInputControl field, String what, Supplier<UnaryOperator<Plan>> edit) {
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !showing) {
                UnaryOperator<Plan> change = edit.get();
                if (change != null) {
                    save(what, change);
                }
            }
        });
        if (field instanceof TextField text) {
            text.setOnAction(e -> form.requestFocus());
        }
    }

    private void save(String what, UnaryOperator<Plan> change) {
        saveWith(what, m -> m.apply(Texts.get(what), change));
    }

    /** Runs one saving call of the view model off the FX thread, then says so and refreshes what depends on it. */
    private void saveWith(String what, java.util.function.Function<PlanInfoViewModel, PlanInfo> call) {
        model.started();
        Tasks.create(() -> call.apply(model)).onSuccess(info -> {
            model.applied(info, Texts.get("planinfo.savedWhat", Texts.get(what)));
            showIssuer(info.plan());
            ctx.firePlanChanged();
        }).andFinally(model::finished).runOn(ctx.executor());
    }

    @Override
    public void showPlan(Long planId) {
        form.setDisable(planId == null);
        if (planId != null) {
            model.started();
            Tasks.create(() -> model.open(planId)).onSuccess(info -> {
                show(info);
                model.applied(info, "");
            }).andFinally(model::finished).runOn(ctx.executor());
        }
    }

    @Override
    public void undo() {
        model.started();
        Tasks.create(model::undoLast).onSuccess(info -> {
            show(info);
            model.applied(info, Texts.get("planinfo.undone"));
            ctx.firePlanChanged();
        }).andFinally(model::finished).runOn(ctx.executor());
    }

    @Override
    public void redo() {
        model.started();
        Tasks.create(model::redoLast).onSuccess(info -> {
            show(info);
            model.applied(info, Texts.get("planinfo.redone"));
            ctx.firePlanChanged();
        }).andFinally(model::finished).runOn(ctx.executor());
    }

    /** Ban hành: asks for number, date and signed file, then issues the plan, which becomes read-only. */
    @FXML
    private void issue() {
        Plan plan = current;
        if (plan == null) {
            return;
        }
        IssueDialog.create(form.getScene().getWindow(), plan, ctx.fileChooser(), LocalDate.now()).showAndWait()
                .ifPresent(in -> {
                    model.started();
                    Tasks.create(() -> {
                        versions.issue(plan.id(), in.number(), in.date(), in.signedFile());
                        return model.open(plan.id());
                    }).onSuccess(info -> {
                        show(info);
                        model.applied(info, Texts.get("version.issued"));
                        ctx.firePlanChanged();
                    }).andFinally(model::finished).runOn(ctx.executor());
                });
    }

    /** Đã ký số…: records the PDF the signer tool returned as the issued plan's signed original (decision 0030). */
    @FXML
    private void signed() {
        Plan plan = current;
        if (plan == null) {
            return;
        }
        SignedOriginalAction.run(ctx, signedOriginals, form.getScene().getWindow(),
                vn.kehoachxa.domain.plan.VersionReport.describe(plan), plan.number(),
                plan.issueDate() == null ? LocalDate.now() : plan.issueDate(),
                (number, date, file) -> signedOriginals.recordForPlan(plan.id(), number, date, file), text -> {
                    if (current != null && current.id().equals(plan.id())) {
                        signedLabel.setText(text);
                    }
                });
    }

    /** Tạo bản sửa đổi, bổ sung: a draft revision of the issued plan, opened at once. */
    @FXML
    private void revise() {
        Plan plan = current;
        if (plan != null) {
            Tasks.create(() -> versions.revise(plan.id())).onSuccess(id -> {
                ctx.firePlanChanged();
                ctx.setCurrentPlanId(id);
            }).runOn(ctx.executor());
        }
    }

    /** So sánh phiên bản: this version against the one it revises, or against its newest revision. */
    @FXML
    private void compare() {
        Plan plan = current;
        if (plan != null) {
            Tasks.create(() -> {
                if (plan.revisesPlanId() != null) {
                    return versions.compare(plan.revisesPlanId(), plan.id());
                }
                return versions.compare(plan.id(), versions.versions(plan.id()).getLast().id());
            }).onSuccess(diff -> ComparisonDialog.create(form.getScene().getWindow(), ctx, versions, diff).show())
                    .runOn(ctx.executor());
        }
    }

    /** The signed original recorded for an issued plan, under the banner; nothing for a draft. */
    private void showSigned(Plan plan, boolean issued) {
        signedLabel.setText("");
        if (issued) {
            Tasks.create(() -> signedOriginals.ofPlan(plan.id())).onSuccess(o -> {
                if (current != null && current.id().equals(plan.id())) {
                    signedLabel.setText(o.map(SignedOriginalAction::describe).orElse(Texts.get("signed.none")));
                }
            }).onError(ErrorDialog::show).runOn(ctx.executor());
        }
    }

    /** An issued plan shows read-only under a banner saying why; a draft offers Ban hành. */
    private void showStatus(Plan plan) {
        boolean frozen = plan.status() != PlanStatus.DRAFT;
        issueBanner.setVisible(frozen);
        issueBanner.setManaged(frozen);
        issueBar.setVisible(!frozen);
        issueBar.setManaged(!frozen);
        String version = vn.kehoachxa.domain.plan.VersionReport.describe(plan);
        issueBannerText.setText(Texts.get(plan.status() == PlanStatus.SUPERSEDED ? "version.banner.superseded"
                : "version.banner.issued", version));
        showSigned(plan, frozen);
        boolean hasOther = plan.revisesPlanId() != null || plan.status() == PlanStatus.SUPERSEDED;
        compareButton.setVisible(hasOther);
        compareButton.setManaged(hasOther);
        draftCompareButton.setVisible(plan.revisesPlanId() != null);
        draftCompareButton.setManaged(plan.revisesPlanId() != null);
        issueHint.setText(Texts.get(plan.revisesPlanId() != null ? "version.issue.hintRevision"
                : "version.issue.hint"));
        // Everything below the banner is the plan's text: read-only once issued.
        var children = form.getChildren();
        for (int i = children.indexOf(issueBar) + 1; i < children.size(); i++) {
            children.get(i).setDisable(frozen);
        }
    }

    private void show(PlanInfo info) {
        showing = true;
        Plan plan = info.plan();
        current = plan;
        showStatus(plan);
        familyBox.setValue(plan.family());
        typeBox.setValue(plan.type());
        partyRulesBox.setValue(plan.partyRules());
        numberField.setText(orEmpty(plan.number()));
        symbolField.setText(orEmpty(plan.symbol()));
        dateField.setValue(plan.issueDate());
        placeField.setText(orEmpty(plan.place()));
        summaryArea.setText(orEmpty(plan.summary()));
        signerAuthorityField.setText(orEmpty(plan.signer().authority()));
        signerDeputyField.setText(orEmpty(plan.signer().deputyMark()));
        signerTitleField.setText(orEmpty(plan.signer().title()));
        signerNameField.setText(orEmpty(plan.signer().name()));
        startYearField.setText(String.valueOf(plan.startYear()));
        endYearField.setText(String.valueOf(plan.endYear()));
        visionYearField.setText(plan.visionYear() == null ? "" : String.valueOf(plan.visionYear()));
        showIssuer(plan);
        basis.show(info.basisDocuments());
        recipients.show(info.recipients());
        rule.show(plan.reportingRule(), plan.startYear(), plan.endYear());
        appendices.show(info.appendices());
        showing = false;
    }

    /** The type name choices of the plan's family, and the issuer as the plan holds it (derived names included). */
    private void showIssuer(Plan plan) {
        boolean was = showing;
        showing = true;
        typeNameBox.getItems().setAll(TypeNames.choices(plan.family()));
        typeNameBox.setValue(TypeNames.printed(plan));
        issuerLevelBox.setValue(plan.issuerLevel());
        areaField.setText(orEmpty(plan.communeName()));
        superiorField.setText(orEmpty(plan.superiorBody()));
        issuingArea.setText(orEmpty(plan.issuingBody()));
        showing = was;
    }

    private static String typeLine(Plan plan) {
        String family = Texts.get("planinfo.family." + plan.family());
        if (plan.family() == DocumentFamily.PARTY) {
            family += ", " + Texts.get("planinfo.partyRules." + plan.partyRules());
        }
        return TypeNames.printed(plan) + " " + plan.numberAndSymbol() + " — " + family;
    }

    private static String recipientLine(Recipient r) {
        return r.note() == null ? r.name() : r.name() + " " + r.note();
    }

    private static TextField field(String id, String promptKey) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(Texts.get(promptKey));
        return f;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static ValidationResult result(Control c, Optional<String> problem) {
        return ValidationResult.fromErrorIf(c, problem.orElse(""), problem.isPresent());
    }
}
