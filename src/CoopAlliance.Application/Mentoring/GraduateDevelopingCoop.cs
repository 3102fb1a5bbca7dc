using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>
/// An operating developing co-op graduates into a membership application: the registry creates an applicant
/// co-op (its lifecycle takes over), an active match is completed, and the development record stays as history,
/// linked to the new co-op. Returns the new co-op's id.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GraduateDevelopingCoop(int DevelopingCoopId, string? Note) : ICommand<int>;

public sealed class GraduateDevelopingCoopHandler(IAppDbContext db, MentoringAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GraduateDevelopingCoop, int>
{
    public async Task<int> Handle(GraduateDevelopingCoop request, CancellationToken cancellationToken)
    {
        var dev = await access.GetCoopAsync(request.DevelopingCoopId, cancellationToken, withDetails: true);
        var now = clock.GetUtcNow();
        var by = user.AsActor();
        var (profile, contact) = dev.MembershipApplication();
        var coop = Cooperative.Apply(profile, contact, now,
            string.IsNullOrWhiteSpace(request.Note) ? $"Graduated from the mentoring pipeline ({dev.Kind.Describe().ToLowerInvariant()})" : request.Note.Trim(), by);
        db.Cooperatives.Add(coop);
        await db.SaveChangesAsync(cancellationToken); // the registry's id links the two records

        dev.MarkGraduated(coop.Id, by, now);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var match in await db.MentorMatches.Where(m => m.DevelopingCoopId == dev.Id && m.Status == MatchStatus.Active).ToListAsync(cancellationToken))
        {
            match.Complete(today, "The co-op graduated into membership.", by);
        }

        return coop.Id;
    }
}
