/**
 * A badge that keeps its size: in a flex row beside long text (a problem line at 320 px) Fluent's badge
 * shrank to a 20 px box with its word spilling out. It never shrinks and never wraps.
 */
import { Badge, makeStyles, mergeClasses, type BadgeProps } from "@fluentui/react-components";

const useStyles = makeStyles({
  kept: { flexShrink: 0, whiteSpace: "nowrap", minWidth: "max-content" },
});

export function KeptBadge({ className, ...props }: BadgeProps) {
  const styles = useStyles();
  return <Badge {...props} className={mergeClasses(styles.kept, className)} />;
}
