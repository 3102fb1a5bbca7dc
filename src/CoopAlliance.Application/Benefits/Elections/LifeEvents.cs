using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Benefits;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Benefits.Elections;

/// <summary>A file sent with a request (its name as given; the bytes are checked like assistance attachments).</summary>
public sealed record EvidenceFile(string FileName, byte[] Data);

public sealed record LifeEventAttachmentDto(int Id, string FileName, string ContentType, long SizeBytes);

public sealed record LifeEventDto(int Id, int CoopId, string CoopName, int MemberId, string MemberName, LifeEventKind Kind, DateOnly HappenedOn,
    DateOnly ReportedOn, string? Description, string ReportedByName, LifeEventStatus Status, string? DecidedByName, DateOnly? DecidedOn,
    string? DecisionNote, DateOnly ChangeEffectiveOn, int Version, IReadOnlyList<LifeEventAttachmentDto> Attachments);

/// <summary>
/// The rep (or staff) reports a qualifying life event for a worker of the co-op, with evidence attached (the same file
/// rules as assistance attachments). Staff approve it; then the worker's elections may change outside open enrollment.
/// Returns the event's id.
/// </summary>
[AnySignedInUser]
public sealed record ReportLifeEvent(int CoopId, int MemberId, LifeEventKind Kind, DateOnly HappenedOn, string? Description,
    IReadOnlyList<EvidenceFile> Files) : ICommand<int>;

public sealed class ReportLifeEventValidator : AbstractValidator<ReportLifeEvent>
{
    public ReportLifeEventValidator()
    {
        RuleFor(x => x.MemberId).GreaterThan(0).WithMessage("Choose a worker.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose what happened.");
        RuleFor(x => x.HappenedOn).NotEmpty().WithMessage("Give the day it happened.");
        RuleFor(x => x.Description).MaximumLength(2000);
        RuleFor(x => x.Files).NotEmpty().WithMessage("Attach evidence of the event (for example a certificate or a letter ending other coverage).")
            .Must(f => f.Count <= AttachmentPolicy.MaxPerRequest).WithMessage(_ => Messages.Format("Attach at most {0} files.", AttachmentPolicy.MaxPerRequest));
        RuleForEach(x => x.Files).Must(f => !string.IsNullOrWhiteSpace(f.FileName) && f.Data.Length > 0).WithMessage("A file is empty.");
    }
}

public sealed class ReportLifeEventHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, AllianceClock clock,
    IOptions<AssistanceOptions> options) : IRequestHandler<ReportLifeEvent, int>
{
    public async Task<int> Handle(ReportLifeEvent request, CancellationToken cancellationToken)
    {
        var member = await BenefitMemberMapping.GetMemberAsync(db, access, request.CoopId, request.MemberId, cancellationToken);
        var actor = user.AsActor();
        var evidence = request.Files.Select(f =>
        {
            var name = AttachmentPolicy.CleanFileName(f.FileName);
            var type = AttachmentPolicy.Check(name, f.Data, options.Value.MaxAttachmentBytes);
            return new LifeEventAttachment(name, type, f.Data, actor, clock.UtcNow);
        }).ToList();
        var lifeEvent = LifeEvent.Report(member, request.Kind, request.HappenedOn, await ReportWithinDaysAsync(member, cancellationToken),
            request.Description, evidence, actor, clock.UtcNow, clock.Today);
        db.LifeEvents.Add(lifeEvent);
        await db.SaveChangesAsync(cancellationToken);
        return lifeEvent.Id;
    }

    /// <summary>The most generous plan the worker is in (has an election in) decides; else the co-op's plans; else 30 days.</summary>
    private async Task<int> ReportWithinDaysAsync(BenefitMember member, CancellationToken ct)
    {
        var yearIds = await db.Elections.Where(e => e.MemberId == member.Id).Select(e => e.PlanYearId).Distinct().ToListAsync(ct);
        if (yearIds.Count == 0)
        {
            yearIds = await db.CoopParticipations.Where(p => p.CooperativeId == member.CooperativeId && p.Status == ParticipationStatus.Approved)
                .Select(p => p.PlanYearId).ToListAsync(ct);
        }

        var days = await db.PlanYears.Where(y => yearIds.Contains(y.Id)).Select(y => y.Plan.LifeEventDays).ToListAsync(ct);
        return days.Count == 0 ? 30 : days.Max();
    }
}

/// <summary>Life events: staff see every co-op's, pending first; a rep sees their own co-op's.</summary>
[AnySignedInUser]
public sealed record ListLifeEvents(int? CoopId = null, LifeEventStatus? Status = null) : IRequest<IReadOnlyList<LifeEventDto>>;

public sealed class ListLifeEventsHandler(IAppDbContext db, CoopAccess access, ICurrentUser user) : IRequestHandler<ListLifeEvents, IReadOnlyList<LifeEventDto>>
{
    public async Task<IReadOnlyList<LifeEventDto>> Handle(ListLifeEvents request, CancellationToken cancellationToken)
    {
        var query = db.LifeEvents.AsNoTracking();
        if (request.CoopId is { } coopId)
        {
            access.EnsureCanSee(coopId);
            query = query.Where(e => e.CooperativeId == coopId);
        }
        else if (!access.IsStaff)
        {
            var own = user.CooperativeId is { } c && access.CanSee(c) ? c : -1;
            query = query.Where(e => e.CooperativeId == own);
        }

        if (request.Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        var events = await query.Include(e => e.Attachments).ToListAsync(cancellationToken);
        var memberIds = events.Select(e => e.MemberId).Distinct().ToList();
        var coopIds = events.Select(e => e.CooperativeId).Distinct().ToList();
        var members = await db.BenefitMembers.AsNoTracking().Where(m => memberIds.Contains(m.Id))
            .Select(m => new { m.Id, m.FirstName, m.LastName }).ToDictionaryAsync(m => m.Id, m => $"{m.FirstName} {m.LastName}", cancellationToken);
        var coops = await db.Cooperatives.AsNoTracking().Where(c => coopIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DisplayName, cancellationToken);
        return events.OrderBy(e => e.Status == LifeEventStatus.Pending ? 0 : 1).ThenByDescending(e => e.ReportedAt).ThenByDescending(e => e.Id)
            .Select(e => LifeEventMapping.ToDto(e, coops.GetValueOrDefault(e.CooperativeId, ""), members.GetValueOrDefault(e.MemberId, ""))).ToList();
    }
}

public static class LifeEventMapping
{
    public static LifeEventDto ToDto(LifeEvent e, string coopName, string memberName) =>
        new(e.Id, e.CooperativeId, coopName, e.MemberId, memberName, e.Kind, e.HappenedOn, e.ReportedOn, e.Description, e.ReportedByName, e.Status,
            e.DecidedByName, e.DecidedOn, e.DecisionNote, e.ChangeEffectiveOn, e.Version,
            e.Attachments.OrderBy(a => a.Id).Select(a => new LifeEventAttachmentDto(a.Id, a.FileName, a.ContentType, a.SizeBytes)).ToList());
}

/// <summary>Staff approve a pending life event; the worker's elections may then change until the plan's life-event days have passed.</summary>
[Authorize(Roles.Staff)]
public sealed record ApproveLifeEvent(int Id, int? Version, string? Note) : ICommand;

/// <summary>Staff decline a pending life event with a reason the rep sees.</summary>
[Authorize(Roles.Staff)]
public sealed record DeclineLifeEvent(int Id, int? Version, string? Reason) : ICommand;

public sealed class DeclineLifeEventValidator : AbstractValidator<DeclineLifeEvent>
{
    public DeclineLifeEventValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason; the co-op's rep sees it.").MaximumLength(1000);
    }
}

public sealed class ApproveLifeEventValidator : AbstractValidator<ApproveLifeEvent>
{
    public ApproveLifeEventValidator()
    {
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}

public sealed class DecideLifeEventHandler(IAppDbContext db, ICurrentUser user, AllianceClock clock)
    : IRequestHandler<ApproveLifeEvent, Unit>, IRequestHandler<DeclineLifeEvent, Unit>
{
    public async Task<Unit> Handle(ApproveLifeEvent request, CancellationToken cancellationToken)
    {
        var lifeEvent = await LoadAsync(request.Id, request.Version, cancellationToken);
        lifeEvent.Approve(user.AsActor(), clock.Today, request.Note);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async Task<Unit> Handle(DeclineLifeEvent request, CancellationToken cancellationToken)
    {
        var lifeEvent = await LoadAsync(request.Id, request.Version, cancellationToken);
        lifeEvent.Decline(request.Reason ?? "", user.AsActor(), clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task<LifeEvent> LoadAsync(int id, int? version, CancellationToken ct)
    {
        var lifeEvent = await db.LifeEvents.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException("Life event", id);
        if (version is { } v)
        {
            db.ExpectVersion(lifeEvent, v);
        }

        return lifeEvent;
    }
}

/// <summary>One evidence file of a life event, for staff or the co-op's rep (404 for anyone else).</summary>
[AnySignedInUser]
public sealed record GetLifeEventAttachment(int LifeEventId, int AttachmentId) : IRequest<AttachmentFile>;

public sealed class GetLifeEventAttachmentHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<GetLifeEventAttachment, AttachmentFile>
{
    public async Task<AttachmentFile> Handle(GetLifeEventAttachment request, CancellationToken cancellationToken)
    {
        var coopId = await db.LifeEvents.Where(e => e.Id == request.LifeEventId).Select(e => (int?)e.CooperativeId).FirstOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException("Life event", request.LifeEventId);
        if (!access.CanSee(coopId))
        {
            throw new NotFoundException("Life event", request.LifeEventId);
        }

        return await db.LifeEventAttachments.AsNoTracking().Where(a => a.Id == request.AttachmentId && a.LifeEventId == request.LifeEventId)
                   .Select(a => new AttachmentFile(a.FileName, a.ContentType, a.Data)).FirstOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException("Attachment", request.AttachmentId);
    }
}
