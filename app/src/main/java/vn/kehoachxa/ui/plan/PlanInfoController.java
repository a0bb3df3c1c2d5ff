package vn.kehoachxa.ui.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.ui.common.AppContext;
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
    @FXML private StackPane basisHolder;
    @FXML private StackPane recipientsHolder;
    @FXML private StackPane ruleHolder;
    @FXML private StackPane appendicesHolder;
    @FXML private Label savedLabel;
    private OrderedListEditor<String> basis;
    private OrderedListEditor<Recipient> recipients;
    private ReportingRulePane rule;
    private AppendicesPane appendices;

    /** Built by the controller factory. */
    public PlanInfoController(AppContext ctx) {
        this.ctx = ctx;
        this.model = new PlanInfoViewModel(ctx.plans());
    }

    @FXML
    private void initialize() {
        DateFields.vietnamese(dateField);
        documentFields();
        yearFields();
        TextField citation = field("basisField", "planinfo.basis.prompt");
        basis = new OrderedListEditor<>("basis", s -> s, List.of(citation),
                texts -> PlanEdits.blankToNull(texts.getFirst()), s -> List.of(s),
                list -> saveWith("planinfo.field.basis", m -> m.setBasisDocuments(Texts.get("planinfo.field.basis"),
                        list)));
        basisHolder.getChildren().setAll(basis);
        TextField name = field("recipientNameField", "planinfo.recipient.prompt");
        TextField note = field("recipientNoteField", "planinfo.recipient.notePrompt");
        note.setPrefColumnCount(18);
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
        Tasks.create(() -> call.apply(model)).onSuccess(info -> {
            savedLabel.setText(Texts.get("planinfo.savedWhat", Texts.get(what)));
            typeLabel.setText(typeLine(info.plan()));
            ctx.firePlanChanged();
        }).runOn(ctx.executor());
    }

    @Override
    public void showPlan(Long planId) {
        form.setDisable(planId == null);
        if (planId != null) {
            Tasks.create(() -> model.open(planId)).onSuccess(this::show).runOn(ctx.executor());
        }
    }

    @Override
    public void undo() {
        Tasks.create(model::undoLast).onSuccess(info -> {
            show(info);
            savedLabel.setText(Texts.get("planinfo.undone"));
            ctx.firePlanChanged();
        }).runOn(ctx.executor());
    }

    @Override
    public void redo() {
        Tasks.create(model::redoLast).onSuccess(info -> {
            show(info);
            savedLabel.setText(Texts.get("planinfo.redone"));
            ctx.firePlanChanged();
        }).runOn(ctx.executor());
    }

    private void show(PlanInfo info) {
        showing = true;
        Plan plan = info.plan();
        typeLabel.setText(typeLine(plan));
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
        basis.show(info.basisDocuments());
        recipients.show(info.recipients());
        rule.show(plan.reportingRule(), plan.startYear());
        appendices.show(info.appendices());
        savedLabel.setText("");
        showing = false;
    }

    private static String typeLine(Plan plan) {
        String family = Texts.get("planinfo.family." + plan.family());
        if (plan.family() == DocumentFamily.PARTY) {
            family += ", " + Texts.get("planinfo.partyRules." + plan.partyRules());
        }
        return plan.type().title() + " " + plan.numberAndSymbol() + " — " + family;
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
