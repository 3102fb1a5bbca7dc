using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Infrastructure.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// A mentor (login and profile) and a developing co-op of a test's own, made for each other: the mentor covers the
/// co-op's needs, shares its sector, region and a language no one else lists, and has a conflict with every other
/// developing co-op, so matching can only pair them with this one.
/// </summary>
public static class MentorSeed
{
    public const string Password = "CoopDemo!2026";

    public sealed record Pair(string MentorEmail, string MentorName, int MentorId, int CoopId, string CoopName);

    public static async Task<Pair> CreateAsync(string coopName = "Riverbend Bakery", string mentorName = "Ana Ortiz")
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        using var scope = BrowserSetup.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().RunAsSystem();
        var mediator = services.GetRequiredService<IMediator>();
        var users = services.GetRequiredService<UserManager<AppUser>>();

        var email = $"mentor-{tag}@mentors.example.coop";
        var name = $"{mentorName} {tag}";
        var login = new AppUser { UserName = email, Email = email, FullName = name, EmailConfirmed = true };
        Assert.That((await users.CreateAsync(login, Password)).Succeeded, Is.True);
        Assert.That((await users.AddToRoleAsync(login, Roles.Mentor)).Succeeded, Is.True);

        var language = $"Language {tag}";
        var sector = $"Baking {tag}";
        var coop = $"{coopName} {tag}";
        var coopId = await mediator.Send(new CreateDevelopingCoop
        {
            Name = coop,
            Sector = sector,
            Language = language,
            Region = Region.WesternMassachusetts,
            Town = "Turners Falls",
            State = "MA",
            ContactName = "Rosa Díaz",
            Needs = [new(Skill.LegalAndBylaws, NeedImportance.Essential), new(Skill.FinanceAndBookkeeping, NeedImportance.Important)],
        });

        var others = await services.GetRequiredService<IAppDbContext>().DevelopingCoops.Where(c => c.Id != coopId).Select(c => c.Id).ToListAsync();
        var mentorId = await mediator.Send(new CreateMentor
        {
            UserId = login.Id,
            HomeCoop = "Pioneer Valley Bread Cooperative",
            Skills = [new(Skill.LegalAndBylaws, SkillLevel.Expert), new(Skill.FinanceAndBookkeeping, SkillLevel.Expert)],
            Sectors = [sector],
            Languages = ["English", language],
            Region = Region.WesternMassachusetts,
            Capacity = 1,
            ConflictCoopIds = others,
        });
        return new Pair(email, name, mentorId, coopId, coop);
    }

    /// <summary>The staff offer the co-op to the mentor (as "Publish" on the suggestions page does).</summary>
    public static async Task OfferAsync(Pair pair)
    {
        using var scope = BrowserSetup.App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new PublishSuggestions([new PairToPublish(pair.MentorId, pair.CoopId)]));
    }

    public static async Task<MatchStatus?> MatchStatusAsync(Pair pair)
    {
        using var scope = BrowserSetup.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IAppDbContext>().MentorMatches
            .Where(m => m.DevelopingCoopId == pair.CoopId && m.MentorId == pair.MentorId)
            .OrderByDescending(m => m.Id).Select(m => (MatchStatus?)m.Status).FirstOrDefaultAsync();
    }
}
