using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Assistance;

public sealed record AssistanceRequestDetails(
    AssistanceCategory Category,
    string Title,
    string Description,
    Priority Urgency,
    ContactMethod PreferredContact,
    string? ContactDetail);

/// <summary>
/// A member co-op's request for technical assistance. Every step of its lifecycle is a method that checks the
/// rule and records who, when and why in the timeline; a step the current status does not allow changes nothing.
/// </summary>
public sealed class AssistanceRequest : Entity, IVersioned, IBelongsToCoop
{
    /// <summary>How long after resolution a rep can still reopen a request.</summary>
    public const int ReopenWindowDays = 30;

    private readonly List<AssistanceEvent> _timeline = [];
    private readonly List<AssistanceComment> _comments = [];
    private readonly List<AssistanceAttachment> _attachments = [];
    private readonly List<TimeEntry> _timeEntries = [];

    private AssistanceRequest() { }

    public int CooperativeId { get; private set; }
    public AssistanceCategory Category { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    /// <summary>How urgent the co-op said it was.</summary>
    public Priority Urgency { get; private set; }
    /// <summary>The priority staff set at triage (the urgency until then); the SLA targets follow it.</summary>
    public Priority Priority { get; private set; }
    public ContactMethod PreferredContact { get; private set; }
    public string? ContactDetail { get; private set; }

    public AssistanceStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public int? SubmittedByUserId { get; private set; }
    public string SubmittedByName { get; private set; } = "";
    public DateTimeOffset StatusChangedAt { get; private set; }

    public int? ProviderId { get; private set; }
    public DateOnly FirstResponseDueOn { get; private set; }
    public DateOnly ResolutionDueOn { get; private set; }
    public DateTimeOffset? FirstRespondedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public string? Resolution { get; private set; }
    public string? DeclineReason { get; private set; }

    /// <summary>Staff's estimate at triage, used to warn before the hours bank runs out.</summary>
    public decimal? EstimatedHours { get; private set; }
    /// <summary>Subsidized help would take the co-op past its hours bank: staff must approve.</summary>
    public bool NeedsHoursApproval { get; private set; }
    public DateTimeOffset? HoursApprovedAt { get; private set; }
    public string? HoursApprovedByName { get; private set; }

    public int? Rating { get; private set; }
    public string? RatingComment { get; private set; }
    public DateTimeOffset? RatedAt { get; private set; }
    public int Version { get; set; }

    public IReadOnlyCollection<AssistanceEvent> Timeline => _timeline;
    public IReadOnlyCollection<AssistanceComment> Comments => _comments;
    public IReadOnlyCollection<AssistanceAttachment> Attachments => _attachments;
    public IReadOnlyCollection<TimeEntry> TimeEntries => _timeEntries;

    public bool IsOpen => Status.IsOpen();

    /// <summary>A rep asks for help for their co-op; SLA due dates start from the urgency they chose.</summary>
    public static AssistanceRequest Submit(int cooperativeId, AssistanceRequestDetails details, SlaDueDates due, Actor by, DateTimeOffset at)
    {
        var request = new AssistanceRequest
        {
            CooperativeId = cooperativeId,
            Category = details.Category,
            Title = Required(details.Title, "Give the request a short title."),
            Description = Required(details.Description, "Describe what your co-op needs help with."),
            Urgency = details.Urgency,
            Priority = details.Urgency,
            PreferredContact = details.PreferredContact,
            ContactDetail = Clean(details.ContactDetail),
            Status = AssistanceStatus.Submitted,
            SubmittedAt = at,
            StatusChangedAt = at,
            SubmittedByUserId = by.UserId,
            SubmittedByName = by.Name,
            FirstResponseDueOn = due.FirstResponseDueOn,
            ResolutionDueOn = due.ResolutionDueOn,
        };
        request._timeline.Add(new AssistanceEvent(AssistanceEventKind.Submitted, null, AssistanceStatus.Submitted, by, at, null));
        return request;
    }

    /// <summary>
    /// Staff set priority, correct the category, and set target dates (explicit ones win over the SLA's).
    /// The first triage moves a submitted request on and counts as the first response; later ones only update.
    /// </summary>
    public void Triage(Priority priority, AssistanceCategory category, SlaDueDates due, decimal? estimatedHours, Actor by,
        DateTimeOffset at, string? note)
    {
        if (!IsOpen)
        {
            throw DomainRuleException.Format("This request is {0}; reopen it before changing its triage.", new DomainWord(Status.Describe().ToLowerInvariant()));
        }

        if (estimatedHours is < 0)
        {
            throw new DomainRuleException("The estimate cannot be negative.");
        }

        if (due.ResolutionDueOn < due.FirstResponseDueOn)
        {
            throw new DomainRuleException("The resolution target cannot be before the first-response target.");
        }

        var changes = new List<string>();
        if (priority != Priority) changes.Add($"priority {Priority} → {priority}");
        if (category != Category) changes.Add($"category {Category.Describe()} → {category.Describe()}");
        var summary = string.Join("; ", changes.Append(note).Where(s => !string.IsNullOrWhiteSpace(s)));

        Priority = priority;
        Category = category;
        FirstResponseDueOn = due.FirstResponseDueOn;
        ResolutionDueOn = due.ResolutionDueOn;
        EstimatedHours = estimatedHours;

        if (Status == AssistanceStatus.Submitted)
        {
            Move(AssistanceEventKind.Triaged, by, at, summary.Length == 0 ? null : summary);
            Responded(at);
        }
        else
        {
            _timeline.Add(new AssistanceEvent(AssistanceEventKind.TriageUpdated, Status, Status, by, at, summary.Length == 0 ? null : summary));
        }
    }

    /// <summary>Assigns a provider: a triaged request becomes assigned; an assigned or active one is reassigned.</summary>
    public void Assign(Provider provider, Actor by, DateTimeOffset at, string? note)
    {
        if (!provider.IsActive)
        {
            throw DomainRuleException.Format("{0} is no longer on the roster of active providers.", provider.Name);
        }

        var text = string.IsNullOrWhiteSpace(note) ? provider.Name : $"{provider.Name}: {note.Trim()}";
        if (Status is AssistanceStatus.Assigned or AssistanceStatus.InProgress or AssistanceStatus.WaitingOnCoop)
        {
            if (ProviderId == provider.Id)
            {
                throw DomainRuleException.Format("{0} is already assigned to this request.", provider.Name);
            }

            ProviderId = provider.Id;
            _timeline.Add(new AssistanceEvent(AssistanceEventKind.Reassigned, Status, Status, by, at, text));
            return;
        }

        if (Status == AssistanceStatus.Submitted)
        {
            throw new DomainRuleException("Triage this request (priority, category, target dates) before assigning it.");
        }

        Move(AssistanceEventKind.Assigned, by, at, text);
        ProviderId = provider.Id;
    }

    public void Start(Actor by, DateTimeOffset at, string? note) => Move(AssistanceEventKind.Started, by, at, Clean(note));

    public void WaitOnCoop(string reason, Actor by, DateTimeOffset at) =>
        Move(AssistanceEventKind.WaitingOnCoop, by, at, Required(reason, "Say what the co-op needs to do or send; they will see it."));

    public void Resume(Actor by, DateTimeOffset at, string? note) => Move(AssistanceEventKind.Resumed, by, at, Clean(note));

    public void Resolve(string resolution, Actor by, DateTimeOffset at)
    {
        var text = Required(resolution, "Summarize how the request was resolved; the co-op will see it.");
        Move(AssistanceEventKind.Resolved, by, at, text);
        Resolution = text;
        ResolvedAt = at;
    }

    public void Close(Actor by, DateTimeOffset at, string? note) => Move(AssistanceEventKind.Closed, by, at, Clean(note));

    public void Decline(string reason, Actor by, DateTimeOffset at)
    {
        var text = Required(reason, "Give a reason for declining; the co-op will see it.");
        Move(AssistanceEventKind.Declined, by, at, text);
        DeclineReason = text;
        Responded(at);
    }

    /// <summary>
    /// Back to work on a resolved or closed request. A rep may do it within <see cref="ReopenWindowDays"/> days of the
    /// resolution; staff may do it at any time.
    /// </summary>
    public void Reopen(string reason, bool byStaff, Actor by, DateTimeOffset at)
    {
        var text = Required(reason, "Say why the request needs more work.");
        if (!byStaff && ResolvedAt is { } resolvedAt && at > resolvedAt.AddDays(ReopenWindowDays))
        {
            throw DomainRuleException.Format(
                "This request was resolved on {0:MMMM d, yyyy}, more than {1} days ago, so it cannot be reopened. Submit a new request instead.", resolvedAt, ReopenWindowDays);
        }

        Move(AssistanceEventKind.Reopened, by, at, text);
        ResolvedAt = null;
        Resolution = null;
    }

    /// <summary>Adds a comment. Only staff write internal ones; a staff reply to the co-op counts as the first response.</summary>
    public AssistanceComment Comment(string body, bool isInternal, bool byStaff, Actor by, DateTimeOffset at)
    {
        var text = Required(body, "Write a comment.");
        if (text.Length > AssistanceComment.MaxLength)
        {
            throw DomainRuleException.Format("A comment can be at most {0} characters.", AssistanceComment.MaxLength);
        }

        if (isInternal && !byStaff)
        {
            throw new DomainRuleException("Only alliance staff can write internal comments.");
        }

        if (Status is AssistanceStatus.Closed or AssistanceStatus.Declined)
        {
            throw DomainRuleException.Format("This request is {0}; reopen it or submit a new one to continue the conversation.", new DomainWord(Status.Describe().ToLowerInvariant()));
        }

        var comment = new AssistanceComment(text, isInternal, byStaff, by, at);
        _comments.Add(comment);
        if (byStaff && !isInternal)
        {
            Responded(at);
        }

        return comment;
    }

    public AssistanceAttachment Attach(string fileName, byte[] data, long maxBytes, Actor by, DateTimeOffset at)
    {
        if (Status is AssistanceStatus.Closed or AssistanceStatus.Declined)
        {
            throw DomainRuleException.Format("This request is {0}; files can no longer be added.", new DomainWord(Status.Describe().ToLowerInvariant()));
        }

        if (_attachments.Count >= AttachmentPolicy.MaxPerRequest)
        {
            throw DomainRuleException.Format("A request can have at most {0} files.", AttachmentPolicy.MaxPerRequest);
        }

        var contentType = AttachmentPolicy.Check(fileName, data, maxBytes);
        var attachment = new AssistanceAttachment(AttachmentPolicy.CleanFileName(fileName), contentType, data.LongLength, by, at,
            new AttachmentContent(data));
        _attachments.Add(attachment);
        return attachment;
    }

    /// <summary>Logs a provider's hours. The caller checks the hours bank and flags the request if it is exceeded.</summary>
    public TimeEntry LogTime(Provider provider, DateOnly workedOn, decimal hours, string? note, Billing billing, Actor by, DateTimeOffset at)
    {
        if (Status is AssistanceStatus.Submitted or AssistanceStatus.Triaged or AssistanceStatus.Declined)
        {
            throw new DomainRuleException("Time can be logged once a provider is assigned to the request.");
        }

        if (hours <= 0 || hours > 24)
        {
            throw new DomainRuleException("Hours must be more than 0 and at most 24 for one day.");
        }

        if (decimal.Round(hours, 2) != hours)
        {
            throw new DomainRuleException("Log hours with at most two decimals (e.g. 1.25).");
        }

        if (workedOn > DateOnly.FromDateTime(at.UtcDateTime).AddDays(1))
        {
            throw new DomainRuleException("Time cannot be logged for a day in the future.");
        }

        if (workedOn < DateOnly.FromDateTime(SubmittedAt.UtcDateTime).AddDays(-1))
        {
            throw new DomainRuleException("Time cannot be logged for a day before the request was submitted.");
        }

        var entry = new TimeEntry(CooperativeId, provider.Id, workedOn, hours, Clean(note), billing, provider.HourlyRate, by.UserId, at);
        _timeEntries.Add(entry);
        return entry;
    }

    /// <summary>Marks the request for staff approval (once) because subsidized hours would pass the bank.</summary>
    public bool FlagForHoursApproval(string why, Actor by, DateTimeOffset at)
    {
        if (NeedsHoursApproval || HoursApprovedAt is not null)
        {
            return false;
        }

        NeedsHoursApproval = true;
        _timeline.Add(new AssistanceEvent(AssistanceEventKind.HoursFlagged, Status, Status, by, at, why));
        return true;
    }

    public void ApproveHours(Actor by, DateTimeOffset at, string? note)
    {
        if (!NeedsHoursApproval)
        {
            throw new DomainRuleException("This request is not waiting for an hours approval.");
        }

        NeedsHoursApproval = false;
        HoursApprovedAt = at;
        HoursApprovedByName = by.Name;
        _timeline.Add(new AssistanceEvent(AssistanceEventKind.HoursApproved, Status, Status, by, at, Clean(note)));
    }

    /// <summary>The co-op rates the help once it is resolved (rating again replaces the earlier one).</summary>
    public void Rate(int stars, string? comment, Actor by, DateTimeOffset at)
    {
        if (Status is not (AssistanceStatus.Resolved or AssistanceStatus.Closed))
        {
            throw new DomainRuleException("You can rate the help once the request is resolved.");
        }

        if (stars is < 1 or > 5)
        {
            throw new DomainRuleException("Choose a rating from 1 to 5.");
        }

        Rating = stars;
        RatingComment = Clean(comment);
        RatedAt = at;
        _timeline.Add(new AssistanceEvent(AssistanceEventKind.Rated, Status, Status, by, at, $"{stars} of 5"));
    }

    private void Responded(DateTimeOffset at) => FirstRespondedAt ??= at;

    private void Move(AssistanceEventKind step, Actor by, DateTimeOffset at, string? note)
    {
        if (!AssistanceLifecycle.CanApply(step, Status))
        {
            var allowed = string.Join(" or ", AssistanceLifecycle.AllowedSources(step).Select(s => s.Describe().ToLowerInvariant()));
            throw new DomainRuleException(
                $"This request is {Status.Describe().ToLowerInvariant()}, so you cannot {step.Action()} it; only a request that is {allowed} can be.");
        }

        var from = Status;
        Status = AssistanceLifecycle.Target(step);
        StatusChangedAt = at;
        _timeline.Add(new AssistanceEvent(step, from, Status, by, at, note));
    }

    private static string Required(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException(message) : value.Trim();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
