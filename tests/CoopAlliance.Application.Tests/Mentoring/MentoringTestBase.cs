using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application.Tests.Mentoring;

/// <summary>Arranges mentors (real Mentor logins) and developing co-ops through the use cases, as staff would.</summary>
public abstract class MentoringTestBase : TestBase
{
    protected sealed record MentorLogin(int UserId, int MentorId, string Email);

    protected static async Task<MentorLogin> AddMentorAsync(string name, int capacity = 2, Region region = Region.WesternMassachusetts,
        params (Skill Skill, SkillLevel Level)[] skills)
    {
        RunAsStaff();
        var email = name.Split(' ')[0].ToLowerInvariant() + "@mentors.example.coop";
        var userId = await AddLoginAsync(email, name, Roles.Mentor);
        var mentorId = await SendAsync(new CreateMentor
        {
            UserId = userId,
            HomeCoop = "Pioneer Valley Bread Cooperative",
            Skills = (skills.Length == 0 ? [(Skill.LegalAndBylaws, SkillLevel.Expert)] : skills).Select(s => new MentorSkill(s.Skill, s.Level)).ToList(),
            Sectors = ["Bakery"],
            Languages = ["English"],
            Region = region,
            Capacity = capacity,
        });
        return new MentorLogin(userId, mentorId, email);
    }

    /// <summary>
    /// A login with a role, made directly: inviting through the use case would create the first data-protection key
    /// inside the command's transaction, which SQLite's single writer cannot take from a second connection.
    /// </summary>
    protected static async Task<int> AddLoginAsync(string email, string name, string role)
    {
        using var scope = Testing.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, FullName = name, EmailConfirmed = true };
        Assert.That((await users.CreateAsync(user)).Succeeded, Is.True);
        Assert.That((await users.AddToRoleAsync(user, role)).Succeeded, Is.True);
        return user.Id;
    }

    protected static async Task<int> AddDevelopingCoopAsync(string name, Region region = Region.WesternMassachusetts,
        params (Skill Skill, NeedImportance Importance)[] needs)
    {
        RunAsStaff();
        return await SendAsync(new CreateDevelopingCoop
        {
            Name = name,
            Sector = "Bakery",
            Region = region,
            Town = "Florence",
            State = "MA",
            ContactName = "Ana Silva",
            ContactEmail = "ana@" + name.Replace(" ", "").ToLowerInvariant() + ".coop",
            Needs = (needs.Length == 0 ? [(Skill.LegalAndBylaws, NeedImportance.Essential)] : needs).Select(n => new Need(n.Skill, n.Importance)).ToList(),
        });
    }

    /// <summary>Publishes one pair as staff and returns the new match's id.</summary>
    protected static async Task<int> OfferAsync(MentorLogin mentor, int coopId)
    {
        RunAsStaff();
        return (await SendAsync(new PublishSuggestions([new PairToPublish(mentor.MentorId, coopId)]))).Single();
    }

    /// <summary>Publishes and accepts (as the mentor); returns the match id. Leaves the caller as the mentor.</summary>
    protected static async Task<int> ActiveMatchAsync(MentorLogin mentor, int coopId)
    {
        var matchId = await OfferAsync(mentor, coopId);
        RunAsMentor(mentor.UserId);
        await SendAsync(new AcceptOffer(matchId));
        return matchId;
    }

    protected static void RunAsMentor(MentorLogin mentor) => RunAsMentor(mentor.UserId);
}
