using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>
/// An operating developing co-op graduates into a membership application: the registry creates an applicant
/// co-op (its lifecycle takes over), an active match is completed, an offer still waiting for its mentor is
/// withdrawn, the group's reps become reps of the applicant co-op, and the development record stays as history,
/// linked to the new co-op. Returns the new co-op's id.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GraduateDevelopingCoop(int DevelopingCoopId, string? Note) : ICommand<int>;

public sealed class GraduateDevelopingCoopHandler(IAppDbContext db, MentoringAccess access, ICurrentUser user, IIdentityService identity, AllianceClock clock)
    : IRequestHandler<GraduateDevelopingCoop, int>
{
    public async Task<int> Handle(GraduateDevelopingCoop request, CancellationToken cancellationToken)
    {
        var dev = await access.GetCoopAsync(request.DevelopingCoopId, cancellationToken, withDetails: true);
        var now = clock.UtcNow;
        var by = user.AsActor();
        var (profile, contact) = dev.MembershipApplication();
        var coop = Cooperative.Apply(profile, contact, now,
            string.IsNullOrWhiteSpace(request.Note) ? $"Graduated from the mentoring pipeline ({dev.Kind.Describe().ToLowerInvariant()})" : request.Note.Trim(), by);
        db.Cooperatives.Add(coop);
        await db.SaveChangesAsync(cancellationToken); // the registry's id links the two records

        dev.MarkGraduated(coop.Id, by, now);
        var today = clock.DateOf(now);
        var open = await db.MentorMatches
            .Where(m => m.DevelopingCoopId == dev.Id && (m.Status == MatchStatus.Active || m.Status == MatchStatus.Offered || m.Status == MatchStatus.Proposed))
            .ToListAsync(cancellationToken);
        foreach (var match in open)
        {
            if (match.Status == MatchStatus.Active)
            {
                match.Complete(today, "The co-op graduated into membership.", by);
            }
            else
            {
                // A mentor must not take on (and so keep seeing) a co-op whose development record is closed.
                match.End(today, "The co-op graduated into membership before the offer was answered.", by);
            }
        }

        // The reps follow their co-op into the registry; a login that already represents a member co-op keeps it.
        foreach (var repId in dev.RepUserIds)
        {
            if (await identity.FindAsync(repId, cancellationToken) is { CooperativeId: null } rep && rep.Roles.Contains(Roles.CoopRep))
            {
                await identity.LinkToCooperativeAsync(repId, coop.Id, cancellationToken);
            }
        }

        return coop.Id;
    }
}
