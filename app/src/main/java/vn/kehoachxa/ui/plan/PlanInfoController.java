package vn.kehoachxa.ui.plan;

import java.util.function.UnaryOperator;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;

/** Thông tin kế hoạch: the plan's own fields, each saved when the user leaves it (no Save button). */
public final class PlanInfoController implements PlanScreen {
    private final AppContext ctx;
    private final PlanInfoViewModel model;
    private final ValidationSupport validation = new ValidationSupport();
    private boolean showing;

    @FXML private VBox form;
    @FXML private Label typeLabel;
    @FXML private TextField numberField;
    @FXML private TextField symbolField;
    @FXML private DatePicker dateField;
    @FXML private TextField placeField;
    @FXML private TextArea summaryArea;
    @FXML private TextField signerTitleField;
    @FXML private TextField signerNameField;
    @FXML private Label savedLabel;

    /** Built by the controller factory. */
    public PlanInfoController(AppContext ctx) {
        this.ctx = ctx;
        this.model = new PlanInfoViewModel(ctx.plans());
    }

    @FXML
    private void initialize() {
        validation.registerValidator(numberField, false, (c, v) -> {
            String problem = PlanInfoViewModel.numberProblem(numberField.getText());
            return ValidationResult.fromErrorIf(c, problem == null ? "" : problem, problem != null);
        });
        onLeave(numberField, "planinfo.field.number", () -> {
            String n = numberField.getText();
            return PlanInfoViewModel.numberProblem(n) != null ? null : p -> PlanInfoViewModel.withNumber(p, n);
        });
        for (TextInputControl field : new TextInputControl[] {symbolField, placeField, summaryArea}) {
            onLeave(field, "planinfo.field.texts", () -> {
                String symbol = symbolField.getText();
                String place = placeField.getText();
                String summary = summaryArea.getText();
                return p -> PlanInfoViewModel.withTexts(p, symbol, place, summary);
            });
        }
        for (TextInputControl field : new TextInputControl[] {signerTitleField, signerNameField}) {
            onLeave(field, "planinfo.field.signer", () -> {
                String title = signerTitleField.getText();
                String name = signerNameField.getText();
                return p -> PlanInfoViewModel.withSigner(p, title, name);
            });
        }
        dateField.valueProperty().addListener((obs, old, now) -> {
            if (!showing) {
                save("planinfo.field.date", p -> PlanInfoViewModel.withDate(p, now));
            }
        });
    }

    private void onLeave(TextInputControl field, String what, java.util.function.Supplier<UnaryOperator<Plan>> edit) {
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
        Tasks.create(() -> model.apply(Texts.get(what), change)).onSuccess(plan -> {
            savedLabel.setText(Texts.get("planinfo.saved"));
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
        Tasks.create(model::undoLast).onSuccess(plan -> {
            show(plan);
            ctx.firePlanChanged();
        }).runOn(ctx.executor());
    }

    private void show(Plan plan) {
        showing = true;
        typeLabel.setText(plan.type().title() + " — " + Texts.get("planinfo.family." + plan.family()));
        numberField.setText(plan.number() == null ? "" : plan.number());
        symbolField.setText(plan.symbol() == null ? "" : plan.symbol());
        dateField.setValue(plan.issueDate());
        placeField.setText(plan.place() == null ? "" : plan.place());
        summaryArea.setText(plan.summary() == null ? "" : plan.summary());
        signerTitleField.setText(plan.signer().title() == null ? "" : plan.signer().title());
        signerNameField.setText(plan.signer().name() == null ? "" : plan.signer().name());
        savedLabel.setText("");
        showing = false;
    }
}
