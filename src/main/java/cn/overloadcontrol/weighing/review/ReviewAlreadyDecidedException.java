package cn.overloadcontrol.weighing.review;

/** A second decision on an item that an officer has already decided. */
public class ReviewAlreadyDecidedException extends RuntimeException {

    private final transient ReviewItem item;

    public ReviewAlreadyDecidedException(ReviewItem item) {
        super("Review item " + item.id() + " is already " + item.status());
        this.item = item;
    }

    public ReviewItem item() {
        return item;
    }
}
