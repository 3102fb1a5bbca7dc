using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Events.Deliberation;

/// <summary>
/// The facilitator records a commitment (staff): an organisation (a member co-op, a partner or an allied organisation
/// by name) commits to an action with a named owner; the follow-up dates come from the event's follow-up days.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RecordCommitment : ICommand<int>
{
    public int EventId { get; init; }
    public string Action { get; init; } = "";
    public string OrganisationName { get; init; } = "";
    public int? CooperativeId { get; init; }
    public int? PartnerId { get; init; }
    public string OwnerName { get; init; } = "";
    public string OwnerEmail { get; init; } = "";
    /// <summary>The proposal the commitment answers, if any.</summary>
    public int? ProposalId { get; init; }
    /// <summary>The owner's language for the follow-ups ("en" or "es"); when not given, a member co-op's preferred language, else English.</summary>
    public string? Language { get; init; }
}

public sealed class RecordCommitmentValidator : AbstractValidator<RecordCommitment>
{
    public RecordCommitmentValidator()
    {
        RuleFor(x => x.Action).NotEmpty().WithMessage("Say what the organisation commits to.")
            .MaximumLength(1000).WithMessage("Keep the action under 1,000 characters.");
        RuleFor(x => x.Language).Must(l => l is null || Domain.Common.Languages.IsSupported(l))
            .WithMessage("Choose English or Spanish.");
        RuleFor(x => x.OrganisationName).MaximumLength(200).WithMessage("Keep the organisation's name under 200 characters.");
        RuleFor(x => x.OrganisationName).NotEmpty().When(x => x.CooperativeId is null && x.PartnerId is null)
            .WithMessage("Say which organisation commits.");
        RuleFor(x => x.OwnerName).NotEmpty().WithMessage("Name the person who owns the commitment.")
            .MaximumLength(200).WithMessage("Keep the owner's name under 200 characters.");
        RuleFor(x => x.OwnerEmail).NotEmpty().WithMessage("Give the owner's email address, for the follow-ups.")
            .EmailAddress().WithMessage("Enter an email address like maria@example.coop.")
            .MaximumLength(256).WithMessage("Keep the email address under 256 characters.");
    }
}

public sealed class RecordCommitmentHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordCommitment, int>
{
    public async Task<int> Handle(RecordCommitment request, CancellationToken cancellationToken)
    {
        var ev = await Deliberations.EventAsync(db, request.EventId, cancellationToken);
        var organisation = request.OrganisationName.Trim();
        if (request.PartnerId is { } partnerId)
        {
            var partner = await db.EventPartners.FirstOrDefaultAsync(p => p.Id == partnerId && p.EventId == ev.Id, cancellationToken)
                          ?? throw new ValidationException(nameof(request.PartnerId), "Choose one of the event's partners.");
            organisation = organisation.Length > 0 ? organisation : partner.OrganisationName;
        }

        var language = request.Language;
        if (request.CooperativeId is { } coopId)
        {
            var coop = await db.Cooperatives.AsNoTracking().FirstOrDefaultAsync(c => c.Id == coopId, cancellationToken)
                       ?? throw new ValidationException(nameof(request.CooperativeId), "Choose a member co-op.");
            organisation = organisation.Length > 0 ? organisation : coop.DisplayName;
            language ??= coop.PreferredLanguage;
        }

        if (request.ProposalId is { } proposalId
            && !await db.ActionProposals.AnyAsync(p => p.Id == proposalId && p.EventId == ev.Id, cancellationToken))
        {
            throw new ValidationException(nameof(request.ProposalId), "Choose one of this event's proposals.");
        }

        var commitment = new Commitment(ev, new CommitmentDetails(request.Action, organisation, request.CooperativeId, request.PartnerId,
            request.OwnerName, request.OwnerEmail, request.ProposalId, language), user.AsActor(), clock.GetUtcNow());
        db.Commitments.Add(commitment);
        await db.SaveChangesAsync(cancellationToken);
        return commitment.Id;
    }
}

/// <summary>The event's commitments as staff see them (owners' emails, follow-up dates), oldest first.</summary>
[Authorize(Roles.Staff)]
public sealed record ListCommitments(int EventId) : IRequest<IReadOnlyList<CommitmentDto>>;

public sealed class ListCommitmentsHandler(IAppDbContext db) : IRequestHandler<ListCommitments, IReadOnlyList<CommitmentDto>>
{
    public async Task<IReadOnlyList<CommitmentDto>> Handle(ListCommitments request, CancellationToken cancellationToken)
    {
        _ = await Deliberations.EventAsync(db, request.EventId, cancellationToken);
        var list = await db.Commitments.AsNoTracking().Include(c => c.FollowUps).Where(c => c.EventId == request.EventId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return list.Select(c => new CommitmentDto(c.Id, c.Action, c.OrganisationName, c.CooperativeId, c.PartnerId, c.OwnerName, c.OwnerEmail,
            c.ProposalId, c.Status, c.Status.Describe(), c.StatusNote, c.StatusUpdatedAt, c.FollowUps.Select(f => f.DueOn).Order().ToList(), c.Version)).ToList();
    }
}

/// <summary>The commitments as CSV (staff; carries owners' email addresses).</summary>
[Authorize(Roles.Staff)]
public sealed record ExportCommitments(int EventId) : IRequest<string>;

public sealed class ExportCommitmentsHandler(IMediator mediator, AllianceClock clock) : IRequestHandler<ExportCommitments, string>
{
    public async Task<string> Handle(ExportCommitments request, CancellationToken cancellationToken)
    {
        var csv = new CsvBuilder().Row("Organisation", "Action", "Owner", "Owner email", "Status", "Status note", "Status date", "Follow-ups", "Proposal id");
        foreach (var c in await mediator.Send(new ListCommitments(request.EventId), cancellationToken))
        {
            csv.Row(c.OrganisationName, c.Action, c.OwnerName, c.OwnerEmail, c.StatusWords, c.StatusNote, clock.DateOf(c.StatusUpdatedAt),
                string.Join(" ", c.FollowUpDates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))), c.ProposalId);
        }

        return csv.ToString();
    }
}

/// <summary>
/// The actions tracker: every commitment, its organisation, the owner's first name (never an email), the latest status
/// and its date. A public tracker is open to anyone; a partners-only one to staff and to the event's partners (their
/// invitation token as <paramref name="PartnerToken"/>) — to anyone else it is not found.
/// </summary>
[PublicRequest]
public sealed record GetTracker(int EventId, string? PartnerToken = null) : IRequest<TrackerDto>;

public sealed class GetTrackerHandler(IAppDbContext db, ICurrentUser user, AllianceClock clock) : IRequestHandler<GetTracker, TrackerDto>
{
    public async Task<TrackerDto> Handle(GetTracker request, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == request.EventId, cancellationToken)
                 ?? throw new NotFoundException("Event", request.EventId);
        if (!await MaySeeAsync(ev, request.PartnerToken, cancellationToken))
        {
            throw new NotFoundException("Event", request.EventId);
        }

        var list = await db.Commitments.AsNoTracking().Where(c => c.EventId == ev.Id)
            .OrderBy(c => c.OrganisationName).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return new TrackerDto(ev.Id, ev.Title, ev.Tracker, list.Select(c => new TrackerLineDto(c.Id, c.Action, c.OrganisationName,
            Deliberations.FirstName(c.OwnerName), c.Status, c.Status.Describe(), c.StatusNote, clock.DateOf(c.StatusUpdatedAt))).ToList());
    }

    private async Task<bool> MaySeeAsync(Event ev, string? partnerToken, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Staff))
        {
            return true;
        }

        if (ev.Status == EventStatus.Planning)
        {
            return false;
        }

        if (ev.Tracker == TrackerVisibility.Public)
        {
            return true;
        }

        var token = partnerToken?.Trim();
        return !string.IsNullOrEmpty(token)
               && await db.EventPartners.AnyAsync(p => p.EventId == ev.Id && p.Token == token && p.Answer == InvitationAnswer.Interested, ct);
    }
}

/// <summary>What the owner sees on their follow-up page.</summary>
public sealed record FollowUpDto(string EventTitle, string Action, string OrganisationName, string OwnerName, DateOnly DueOn,
    CommitmentStatus Status, string StatusWords, string? StatusNote, bool Answered);

/// <summary>The commitment behind a follow-up link (no login; an unknown token is not found).</summary>
[PublicRequest]
public sealed record GetFollowUp(string Token) : IRequest<FollowUpDto>;

public sealed class GetFollowUpHandler(IAppDbContext db) : IRequestHandler<GetFollowUp, FollowUpDto>
{
    public async Task<FollowUpDto> Handle(GetFollowUp request, CancellationToken cancellationToken)
    {
        var (commitment, followUp) = await FollowUps.FindAsync(db, request.Token, cancellationToken);
        var title = await db.Events.Where(e => e.Id == commitment.EventId).Select(e => e.Title).FirstAsync(cancellationToken);
        return new FollowUpDto(title, commitment.Action, commitment.OrganisationName, commitment.OwnerName, followUp.DueOn, commitment.Status,
            commitment.Status.Describe(), commitment.StatusNote, followUp.AnsweredAt is not null);
    }
}

/// <summary>
/// The owner reports how the commitment is going from the follow-up link (no login): a status and a note. Each report is
/// kept in the commitment's history; the latest is what the tracker shows. The link keeps working for corrections.
/// </summary>
[PublicRequest]
public sealed record ReportCommitmentStatus : ICommand, IPublicSubmission
{
    public string Token { get; init; } = "";
    public CommitmentStatus Status { get; init; }
    public string? Note { get; init; }
    public string? Fax { get; init; }
}

public sealed class ReportCommitmentStatusValidator : AbstractValidator<ReportCommitmentStatus>
{
    public ReportCommitmentStatusValidator()
    {
        RuleFor(x => x.Status).IsInEnum().WithMessage("Choose how it is going.");
        RuleFor(x => x.Note).MaximumLength(2000).WithMessage("Keep the note under 2,000 characters.");
    }
}

public sealed class ReportCommitmentStatusHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<ReportCommitmentStatus, Unit>
{
    public async Task<Unit> Handle(ReportCommitmentStatus request, CancellationToken cancellationToken)
    {
        var (commitment, followUp) = await FollowUps.FindAsync(db, request.Token, cancellationToken);
        commitment.Report(request.Status, request.Note, followUp, commitment.OwnerName, clock.GetUtcNow());
        return Unit.Value;
    }
}

/// <summary>Staff record a commitment's status themselves (a phone call, a meeting); kept in its history like the owner's.</summary>
[Authorize(Roles.Staff)]
public sealed record UpdateCommitmentStatus(int EventId, int CommitmentId, CommitmentStatus Status, string? Note) : ICommand;

public sealed class UpdateCommitmentStatusValidator : AbstractValidator<UpdateCommitmentStatus>
{
    public UpdateCommitmentStatusValidator()
    {
        RuleFor(x => x.Status).IsInEnum().WithMessage("Choose how it is going.");
        RuleFor(x => x.Note).MaximumLength(2000).WithMessage("Keep the note under 2,000 characters.");
    }
}

public sealed class UpdateCommitmentStatusHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<UpdateCommitmentStatus, Unit>
{
    public async Task<Unit> Handle(UpdateCommitmentStatus request, CancellationToken cancellationToken)
    {
        var commitment = await db.Commitments.Include(c => c.FollowUps)
                             .FirstOrDefaultAsync(c => c.Id == request.CommitmentId && c.EventId == request.EventId, cancellationToken)
                         ?? throw new NotFoundException("Commitment", request.CommitmentId);
        commitment.Report(request.Status, request.Note, null, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class FollowUps
{
    public static async Task<(Commitment Commitment, CommitmentFollowUp FollowUp)> FindAsync(IAppDbContext db, string token, CancellationToken ct)
    {
        var t = (token ?? "").Trim();
        var followUp = t.Length == 0 ? null : await db.CommitmentFollowUps.FirstOrDefaultAsync(f => f.Token == t, ct);
        if (followUp is null)
        {
            throw new NotFoundException("Follow-up", "token");
        }

        var commitment = await db.Commitments.Include(c => c.FollowUps).FirstAsync(c => c.Id == followUp.CommitmentId, ct);
        return (commitment, commitment.FollowUps.First(f => f.Id == followUp.Id));
    }
}
