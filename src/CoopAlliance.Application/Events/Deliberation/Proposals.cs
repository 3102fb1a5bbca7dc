using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Deliberation;

/// <summary>
/// A participant puts forward an action from their phone (no login: the registration token of their confirmation
/// link is the key). A public form: honeypot and the public-form rate limit. Answers the new proposal's id.
/// </summary>
[PublicRequest]
public sealed record PutProposal : ICommand<int>, IPublicSubmission
{
    public int EventId { get; init; }
    /// <summary>The registration token from the confirmation link.</summary>
    public string Token { get; init; } = "";
    public string What { get; init; } = "";
    public string? Why { get; init; }
    public int? ThemeId { get; init; }
    public string? WhoItNeeds { get; init; }
    public string? WhoOffers { get; init; }
    /// <summary>The honeypot: people leave it empty.</summary>
    public string? Fax { get; init; }
}

public sealed class PutProposalValidator : AbstractValidator<PutProposal>
{
    public PutProposalValidator()
    {
        RuleFor(x => x.What).NotEmpty().WithMessage("Say what the action is.")
            .MaximumLength(500).WithMessage("Keep the action under 500 characters.");
        RuleFor(x => x.Why).MaximumLength(2000).WithMessage("Keep the reason under 2,000 characters.");
        RuleFor(x => x.WhoItNeeds).MaximumLength(500).WithMessage("Keep \"who it needs\" under 500 characters.");
        RuleFor(x => x.WhoOffers).MaximumLength(500).WithMessage("Keep \"who offers\" under 500 characters.");
    }
}

public sealed class PutProposalHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<PutProposal, int>
{
    public async Task<int> Handle(PutProposal request, CancellationToken cancellationToken)
    {
        var ev = await Deliberations.EventAsync(db, request.EventId, cancellationToken);
        var author = await Deliberations.ParticipantAsync(db, ev.Id, request.Token, cancellationToken);
        var proposal = ActionProposal.Put(ev, author,
            new ProposalDetails(request.What, request.Why, request.ThemeId, request.WhoItNeeds, request.WhoOffers), clock.GetUtcNow());
        db.ActionProposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return proposal.Id;
    }
}

/// <summary>
/// The board, grouped by theme. Staff see live totals and hidden proposals; a participant (by token) sees their own
/// dots and how many are left; everyone else sees totals only once the vote has closed. Without a valid token, only a
/// published public event's board is shown.
/// </summary>
[PublicRequest]
public sealed record ListProposals(int EventId, string? Token = null) : IRequest<ProposalBoardDto>;

public sealed class ListProposalsHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<ListProposals, ProposalBoardDto>
{
    public async Task<ProposalBoardDto> Handle(ListProposals request, CancellationToken cancellationToken)
    {
        var ev = await Deliberations.EventAsync(db, request.EventId, cancellationToken);
        var staff = user.IsInRole(Roles.Staff);
        Registration? me = null;
        if (!string.IsNullOrWhiteSpace(request.Token))
        {
            me = await Deliberations.ParticipantAsync(db, ev.Id, request.Token, cancellationToken);
        }
        else if (!staff && !(ev.IsPublic && ev.Status == EventStatus.Published))
        {
            throw new NotFoundException("Event", request.EventId);
        }

        var proposals = await db.ActionProposals.AsNoTracking().Where(p => p.EventId == ev.Id && (staff || !p.IsHidden))
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var totalsVisible = DotVoting.ResultsVisible(ev, staff);
        var totals = totalsVisible
            ? await db.DotVotes.Where(v => v.EventId == ev.Id).GroupBy(v => v.ProposalId)
                .Select(g => new { ProposalId = g.Key, Dots = g.Sum(v => v.Dots) }).ToDictionaryAsync(x => x.ProposalId, x => x.Dots, cancellationToken)
            : [];
        var mine = me is null ? []
            : await db.DotVotes.Where(v => v.EventId == ev.Id && v.RegistrationId == me.Id)
                .ToDictionaryAsync(v => v.ProposalId, v => v.Dots, cancellationToken);

        var themes = ev.Themes.OrderBy(t => t.Position).ThenBy(t => t.Id).ToList();
        ProposalDto Dto(ActionProposal p) => new(p.Id, p.What, p.Why, p.ThemeId, p.WhoItNeeds, p.WhoOffers, p.AuthorName, p.IsHidden,
            totalsVisible ? totals.GetValueOrDefault(p.Id) : null, mine.GetValueOrDefault(p.Id), me is not null && p.RegistrationId == me.Id);
        var groups = themes.Select(t => new ProposalThemeDto(t.Id, t.Name, proposals.Where(p => p.ThemeId == t.Id).Select(Dto).ToList()))
            .Append(new ProposalThemeDto(null, "Other", proposals.Where(p => p.ThemeId is null).Select(Dto).ToList()))
            .Where(g => g.Proposals.Count > 0)
            .ToList();
        return new ProposalBoardDto(ev.Id, ev.Title, ev.Voting, ev.Voting.Describe(), ev.DotsPerPerson, totalsVisible, me?.Name,
            me is null ? null : ev.DotsPerPerson - mine.Values.Sum(), groups, themes.Select(t => new ThemeOption(t.Id, t.Name)).ToList());
    }
}

/// <summary>The result of placing dots: how many are on this proposal now and how many the participant has left.</summary>
public sealed record DotsPlaced(int ProposalId, int Dots, int DotsLeft);

/// <summary>
/// A participant (by token) sets how many of their dots are on one proposal (0 takes them back). While the vote is
/// open; not on hidden proposals; never more than the event's dots in all.
/// </summary>
[PublicRequest]
public sealed record CastDots(int EventId, int ProposalId, string Token, int Dots) : ICommand<DotsPlaced>;

public sealed class CastDotsValidator : AbstractValidator<CastDots>
{
    public CastDotsValidator() => RuleFor(x => x.Dots).InclusiveBetween(0, Event.MaxDots)
        .WithMessage(_ => Messages.Format("Give a number of dots from 0 to {0}.", Event.MaxDots));
}

public sealed class CastDotsHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<CastDots, DotsPlaced>
{
    public async Task<DotsPlaced> Handle(CastDots request, CancellationToken cancellationToken)
    {
        var ev = await Deliberations.EventAsync(db, request.EventId, cancellationToken);
        var voter = await Deliberations.ParticipantAsync(db, ev.Id, request.Token, cancellationToken);
        var proposal = await db.ActionProposals.FirstOrDefaultAsync(p => p.Id == request.ProposalId && p.EventId == ev.Id, cancellationToken)
                       ?? throw new NotFoundException("Proposal", request.ProposalId);
        var votes = await db.DotVotes.Where(v => v.EventId == ev.Id && v.RegistrationId == voter.Id).ToListAsync(cancellationToken);
        var added = DotVoting.Place(ev, voter, proposal, request.Dots, votes, clock.GetUtcNow());
        if (added is not null)
        {
            db.DotVotes.Add(added);
        }

        var row = added ?? votes.FirstOrDefault(v => v.ProposalId == proposal.Id);
        if (row is { Dots: 0 })
        {
            db.DotVotes.Remove(row);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (db.IsDuplicateKey(ex, typeof(DotVote)))
        {
            // One row per participant and proposal: the same person voted on this proposal from a second tab at the same moment.
            throw new ConflictException("Your dots on this proposal changed at the same moment from another screen. Reload the board and try again.");
        }

        var left = ev.DotsPerPerson - votes.Where(v => v.ProposalId != proposal.Id).Sum(v => v.Dots) - request.Dots;
        return new DotsPlaced(proposal.Id, request.Dots, left);
    }
}

/// <summary>The facilitator opens the vote (staff). Proposals can no longer be edited once it is open.</summary>
[Authorize(Roles.Staff)]
public sealed record OpenVoting(int EventId) : ICommand;

public sealed class OpenVotingHandler(IAppDbContext db) : IRequestHandler<OpenVoting, Unit>
{
    public async Task<Unit> Handle(OpenVoting request, CancellationToken cancellationToken)
    {
        var ev = await Deliberations.EventAsync(db, request.EventId, cancellationToken);
        ev.OpenVoting();
        return Unit.Value;
    }
}

/// <summary>The facilitator closes the vote (staff): the totals become visible to everyone and nothing changes after.</summary>
[Authorize(Roles.Staff)]
public sealed record CloseVoting(int EventId) : ICommand;

public sealed class CloseVotingHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<CloseVoting, Unit>
{
    public async Task<Unit> Handle(CloseVoting request, CancellationToken cancellationToken)
    {
        var ev = await Deliberations.EventAsync(db, request.EventId, cancellationToken);
        ev.CloseVoting(clock.GetUtcNow());
        return Unit.Value;
    }
}

/// <summary>
/// The facilitator hides a proposal (a duplicate, off-topic) or shows it again (staff), until the vote closes. Hidden
/// proposals take no dots: the dots already on it go back to the participants.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record HideProposal(int EventId, int ProposalId, bool Hidden) : ICommand;

public sealed class HideProposalHandler(IAppDbContext db) : IRequestHandler<HideProposal, Unit>
{
    public async Task<Unit> Handle(HideProposal request, CancellationToken cancellationToken)
    {
        var proposal = await db.ActionProposals.FirstOrDefaultAsync(p => p.Id == request.ProposalId && p.EventId == request.EventId, cancellationToken)
                       ?? throw new NotFoundException("Proposal", request.ProposalId);
        var ev = await Deliberations.EventAsync(db, request.EventId, cancellationToken);
        if (ev.Voting == VotingStatus.Closed)
        {
            throw new Domain.Common.DomainRuleException("The vote has closed; the board can no longer change.");
        }

        proposal.Hide(request.Hidden);
        if (request.Hidden)
        {
            // Dots on a hidden proposal go back to their owners (they could not take them back themselves).
            db.DotVotes.RemoveRange(await db.DotVotes.Where(v => v.ProposalId == proposal.Id).ToListAsync(cancellationToken));
        }

        return Unit.Value;
    }
}

/// <summary>The event a plan-page token belongs to (a confirmed registration's; otherwise not found).</summary>
[PublicRequest]
public sealed record FindParticipantEvent(string Token) : IRequest<int>;

public sealed class FindParticipantEventHandler(IAppDbContext db) : IRequestHandler<FindParticipantEvent, int>
{
    public async Task<int> Handle(FindParticipantEvent request, CancellationToken cancellationToken)
    {
        var t = (request.Token ?? "").Trim();
        var registration = t.Length == 0 ? null : await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Token == t, cancellationToken);
        return registration is { Status: PlaceStatus.Confirmed } ? registration.EventId : throw new NotFoundException("Registration", "token");
    }
}
