package cn.overloadcontrol.weighing.web;

import cn.overloadcontrol.weighing.review.ReviewStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An officer's decision on a queue item; the comment is required so every decision has a reason. */
class DecisionForm {

    @NotNull
    private ReviewStatus decision;
    @NotBlank
    @Size(max = 500)
    private String comment;

    public ReviewStatus getDecision() {
        return decision;
    }

    public void setDecision(ReviewStatus decision) {
        this.decision = decision;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment == null ? null : comment.strip();
    }
}
