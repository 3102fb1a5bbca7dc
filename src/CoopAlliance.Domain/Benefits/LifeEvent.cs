using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Benefits;

/// <summary>
/// A qualifying life event a rep reports for a worker (marriage, a birth, loss of other coverage…) with evidence
/// attached. Staff approve it; an approved event lets the worker's elections change outside open enrollment.
/// </summary>
public sealed class LifeEvent : Entity, IVersioned, IBelongsToCoop
{
    private readonly List<LifeEventAttachment> _attachments = [];

    private LifeEvent() { }

    private LifeEvent(BenefitMember member, LifeEventKind kind, DateOnly happenedOn, string? description, Actor by, DateTimeOffset at, DateOnly today)
    {
        CooperativeId = member.CooperativeId;
        MemberId = member.Id;
        Kind = kind;
        HappenedOn = happenedOn;
        ReportedOn = today;
        Description = Person.Clean(description);
        ReportedByName = by.Name;
        ReportedAt = at;
        Status = LifeEventStatus.Pending;
    }

    public int CooperativeId { get; private set; }
    public int MemberId { get; private set; }
    public LifeEventKind Kind { get; private set; }
    public DateOnly HappenedOn { get; private set; }
    public DateOnly ReportedOn { get; private set; }
    public string? Description { get; private set; }
    public string ReportedByName { get; private set; } = "";
    public DateTimeOffset ReportedAt { get; private set; }
    public LifeEventStatus Status { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public string? DecisionNote { get; private set; }
    public int Version { get; set; }
    public IReadOnlyCollection<LifeEventAttachment> Attachments => _attachments;

    /// <summary>
    /// Reports an event: it happened no later than today and no earlier than the plan's days ago (the most generous
    /// plan the worker is in decides), and at least one file is attached as evidence.
    /// </summary>
    public static LifeEvent Report(BenefitMember member, LifeEventKind kind, DateOnly happenedOn, int reportWithinDays, string? description,
        IReadOnlyList<LifeEventAttachment> evidence, Actor by, DateTimeOffset at, DateOnly today)
    {
        if (happenedOn > today)
        {
            throw new DomainRuleException("A life event is reported once it has happened.");
        }

        if (today > happenedOn.AddDays(reportWithinDays))
        {
            throw DomainRuleException.Format("A life event is reported within {0} days; this one happened on {1:MMMM d, yyyy}, so changes wait for the next open enrollment.", reportWithinDays, happenedOn);
        }

        if (evidence.Count == 0)
        {
            throw new DomainRuleException("Attach evidence of the event (for example a certificate or a letter ending other coverage).");
        }

        if (kind == LifeEventKind.Other && string.IsNullOrWhiteSpace(description))
        {
            throw new DomainRuleException("Describe the event.");
        }

        var lifeEvent = new LifeEvent(member, kind, happenedOn, description, by, at, today);
        lifeEvent._attachments.AddRange(evidence);
        return lifeEvent;
    }

    public void Approve(Actor by, DateOnly on, string? note) => Decide(LifeEventStatus.Approved, by, on, Person.Clean(note));

    public void Decline(string reason, Actor by, DateOnly on) =>
        Decide(LifeEventStatus.Declined, by, on, Require.Text(reason, "Give a reason; the co-op's rep sees it."));

    private void Decide(LifeEventStatus status, Actor by, DateOnly on, string? note)
    {
        if (Status != LifeEventStatus.Pending)
        {
            throw DomainRuleException.Format("This life event was already {0}.", new DomainWord(Status.ToString().ToLowerInvariant()));
        }

        Status = status;
        DecidedByName = by.Name;
        DecidedOn = on;
        DecisionNote = note;
    }

    /// <summary>An approved event opens changes for the plan's days after staff approved it.</summary>
    public bool AllowsChangesOn(DateOnly today, int planDays) =>
        Status == LifeEventStatus.Approved && DecidedOn is { } decided && today <= decided.AddDays(planDays);

    /// <summary>When a change for this event takes effect: a birth or adoption on the day; anything else on the first of the next month.</summary>
    public DateOnly ChangeEffectiveOn => Kind == LifeEventKind.BirthOrAdoption ? HappenedOn : Eligibility.FirstOfNextMonth(HappenedOn);
}

/// <summary>A file of evidence for a life event; the same type and size rules as assistance attachments.</summary>
public sealed class LifeEventAttachment : Entity
{
    private LifeEventAttachment() { }

    public LifeEventAttachment(string fileName, string contentType, byte[] data, Actor by, DateTimeOffset at)
    {
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = data.LongLength;
        Data = data;
        UploadedByName = by.Name;
        UploadedAt = at;
    }

    public int LifeEventId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public byte[] Data { get; private set; } = [];
    public string UploadedByName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
}

/// <summary>
/// A coverage end found by the benefits job (a worker left the roster or fell below the plan's hours, or the co-op
/// lapsed): staff see it while it is pending, the rep and the worker are told ahead, once. One per enrollment and end date.
/// </summary>
public sealed class CoverageTermination : Entity, IBelongsToCoop
{
    private CoverageTermination() { }

    public CoverageTermination(Election enrollment, ElectionReason reason, DateOnly lastCoveredDay, DateTimeOffset at)
    {
        CooperativeId = enrollment.CooperativeId;
        MemberId = enrollment.MemberId;
        PlanYearId = enrollment.PlanYearId;
        Reason = reason;
        LastCoveredDay = lastCoveredDay;
        DetectedAt = at;
        Status = TerminationStatus.Pending;
    }

    public int CooperativeId { get; private set; }
    public int MemberId { get; private set; }
    public int PlanYearId { get; private set; }
    public ElectionReason Reason { get; private set; }
    public DateOnly LastCoveredDay { get; private set; }
    public DateTimeOffset DetectedAt { get; private set; }
    public TerminationStatus Status { get; private set; }
    /// <summary>When the rep and the worker were sent the notice (with the date and the continuation-coverage notice).</summary>
    public DateTimeOffset? NoticeSentAt { get; private set; }
    public string? CancelledByName { get; private set; }

    public bool MarkNoticeSent(DateTimeOffset at)
    {
        if (NoticeSentAt is not null)
        {
            return false;
        }

        NoticeSentAt = at;
        return true;
    }

    /// <summary>Pending terminations whose last covered day has passed take effect (the job does it, idempotently).</summary>
    public bool TakeEffect(DateOnly today)
    {
        if (Status != TerminationStatus.Pending || today <= LastCoveredDay)
        {
            return false;
        }

        Status = TerminationStatus.Effective;
        return true;
    }

    public void Cancel(Actor by)
    {
        if (Status != TerminationStatus.Pending)
        {
            throw new DomainRuleException("Only a pending termination can be cancelled.");
        }

        Status = TerminationStatus.Cancelled;
        CancelledByName = by.Name;
    }
}

/// <summary>
/// An enrollment file sent to a carrier: a full file of everyone covered, or a change file of the election rows not
/// yet sent (each row claimed by exactly one change file). Its bytes are kept so it can be downloaded again; a
/// rejected file gives its rows back, so the next change file carries them.
/// </summary>
public sealed class EnrollmentExport : Entity
{
    private EnrollmentExport() { }

    public EnrollmentExport(int carrierId, EnrollmentExportKind kind, DateOnly asOf, Actor by, DateTimeOffset at)
    {
        CarrierId = carrierId;
        Kind = kind;
        AsOf = asOf;
        CreatedByName = by.Name;
        CreatedAt = at;
        Status = EnrollmentExportStatus.Sent;
    }

    public int CarrierId { get; private set; }
    public EnrollmentExportKind Kind { get; private set; }
    public DateOnly AsOf { get; private set; }
    public EnrollmentExportStatus Status { get; private set; }
    public string CreatedByName { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public int Members { get; private set; }
    public int Subscribers { get; private set; }
    public int Segments { get; private set; }
    public int Changes { get; private set; }
    public string? DecidedByName { get; private set; }
    public string? DecisionNote { get; private set; }

    public string FileName => $"834-{(Kind == EnrollmentExportKind.Full ? "full" : "changes")}-{Id:000000}.x12";

    public void Written(int members, int subscribers, int segments, int changes)
    {
        Members = members;
        Subscribers = subscribers;
        Segments = segments;
        Changes = changes;
    }

    public void Accept(Actor by) => Decide(EnrollmentExportStatus.Accepted, by, null);

    public void Reject(string reason, Actor by) => Decide(EnrollmentExportStatus.Rejected, by, Require.Text(reason, "Say why the carrier rejected the file."));

    private void Decide(EnrollmentExportStatus status, Actor by, string? note)
    {
        if (Status != EnrollmentExportStatus.Sent)
        {
            throw DomainRuleException.Format("This file was already marked {0}.", new DomainWord(Status.ToString().ToLowerInvariant()));
        }

        Status = status;
        DecidedByName = by.Name;
        DecisionNote = note;
    }
}

/// <summary>The bytes of an enrollment file (gzip), in their own table so lists never load them.</summary>
public sealed class EnrollmentExportFile
{
    private EnrollmentExportFile() { }

    public EnrollmentExportFile(int exportId, byte[] gzip)
    {
        ExportId = exportId;
        Gzip = gzip;
    }

    public int ExportId { get; private set; }
    public byte[] Gzip { get; private set; } = [];
}
