namespace CoopAlliance.Domain.Assistance;

/// <summary>How many business days the alliance gives itself to first answer and to resolve, for one priority.</summary>
public sealed record SlaTarget(int FirstResponseDays, int ResolutionDays);

/// <summary>The due dates of a request, computed from its priority on the business calendar.</summary>
public sealed record SlaDueDates(DateOnly FirstResponseDueOn, DateOnly ResolutionDueOn);

/// <summary>SLA targets by priority on a business calendar, and how a request stands against them.</summary>
public sealed class SlaPolicy(BusinessCalendar calendar, IReadOnlyDictionary<Priority, SlaTarget> targets, int warnBusinessDays = 1)
{
    public static readonly IReadOnlyDictionary<Priority, SlaTarget> DefaultTargets = new Dictionary<Priority, SlaTarget>
    {
        [Priority.Urgent] = new(1, 5),
        [Priority.High] = new(2, 10),
        [Priority.Normal] = new(3, 20),
        [Priority.Low] = new(5, 30),
    };

    public BusinessCalendar Calendar => calendar;

    /// <summary>A target counts as "due soon" when this many business days or fewer are left.</summary>
    public int WarnBusinessDays => warnBusinessDays;

    public SlaTarget TargetFor(Priority priority) =>
        targets.TryGetValue(priority, out var target) ? target : DefaultTargets[priority];

    /// <summary>Due dates counted in business days from the (local) day the request was submitted.</summary>
    public SlaDueDates DueDates(Priority priority, DateOnly submittedOn)
    {
        var target = TargetFor(priority);
        return new SlaDueDates(calendar.AddBusinessDays(submittedOn, target.FirstResponseDays),
            calendar.AddBusinessDays(submittedOn, target.ResolutionDays));
    }

    /// <summary>
    /// Where one target stands on <paramref name="today"/>: met or missed once done (by the local day it was done),
    /// otherwise breached after the due day, at risk when few business days are left, else on track.
    /// </summary>
    public SlaState Evaluate(DateOnly dueOn, DateOnly? doneOn, DateOnly today)
    {
        if (doneOn is { } done)
        {
            return done <= dueOn ? SlaState.Met : SlaState.Missed;
        }

        if (today > dueOn)
        {
            return SlaState.Breached;
        }

        return calendar.BusinessDaysBetween(today, dueOn) <= warnBusinessDays ? SlaState.AtRisk : SlaState.OnTrack;
    }
}
