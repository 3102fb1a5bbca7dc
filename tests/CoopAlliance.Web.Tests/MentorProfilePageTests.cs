using System.Net;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>Staff give a Mentor login its profile, and edit it, through the mentoring pages.</summary>
public sealed class MentorProfilePageTests : WebTest
{
    private DateOnly Today => App.Today;

    private Task<int> DevelopingCoopIdAsync(string name) =>
        App.WithDbAsync(db => db.DevelopingCoops.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private Task<Mentor> MentorByEmailAsync(string email) =>
        App.WithDbAsync(db => db.Mentors.AsNoTracking().SingleAsync(m => m.Email == email));

    [Test]
    public async Task StaffGiveAMentorLoginItsProfileWithSkillsAvailabilityAndConflicts()
    {
        var email = $"rowan-{Guid.NewGuid():N}@mentors.example.coop";
        var userId = await App.CreateLoginAsync(email, Roles.Mentor);
        var competitor = await DevelopingCoopIdAsync("Holyoke Cleaners in Formation");
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var form = await (await staff.GetAsync("/Mentoring/EditMentor")).Content.ReadAsStringAsync();
        Assert.That(form, Does.Contain($"<option value=\"{userId}\""), "the new Mentor login is offered");
        Assert.That(form, Does.Not.Contain($">{WebUtility.HtmlEncode("Morgan Mentor (demo)")} ("), "a login with a profile is not offered again");

        var response = await Forms.PostAsync(staff, "/Mentoring/EditMentor", new()
        {
            ["Input.UserId"] = userId.ToString(),
            ["Input.HomeCoop"] = "Valley Green Cleaners",
            ["Input.Skills[LegalAndBylaws]"] = "Expert",
            ["Input.Skills[HrAndConflict]"] = "Some",
            ["Input.Skills[Marketing]"] = "",
            ["Input.Sectors"] = "Cleaning, Home care",
            ["Input.Languages"] = "English, Spanish",
            ["Input.Region"] = "SouthernVermont",
            ["Input.Capacity"] = "3",
            ["Input.Paused"] = "true",
            ["Input.PausedUntil"] = Today.AddDays(30).ToString("yyyy-MM-dd"),
            ["Input.ConflictCoopIds"] = competitor.ToString(),
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var mentor = await MentorByEmailAsync(email);
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"/Mentoring/Mentor/{mentor.Id}"));
        Assert.That(mentor.UserId, Is.EqualTo(userId));
        Assert.That(mentor.HomeCoop, Is.EqualTo("Valley Green Cleaners"));
        Assert.That(mentor.Skills, Is.EquivalentTo(new[] { new MentorSkill(Skill.LegalAndBylaws, SkillLevel.Expert), new MentorSkill(Skill.HrAndConflict, SkillLevel.Some) }));
        Assert.That(mentor.Sectors, Is.EqualTo(new[] { "Cleaning", "Home care" }));
        Assert.That(mentor.Languages, Is.EqualTo(new[] { "English", "Spanish" }));
        Assert.That(mentor.Region, Is.EqualTo(Region.SouthernVermont));
        Assert.That(mentor.Capacity, Is.EqualTo(3));
        Assert.That(mentor.PausedUntil, Is.EqualTo(Today.AddDays(30)));
        Assert.That(mentor.ConflictCoopIds, Is.EqualTo(new[] { competitor }));

        var page = await (await staff.GetAsync($"/Mentoring/Mentor/{mentor.Id}")).Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain("is a mentor now, paused until"));
        Assert.That(page, Does.Contain("legal &amp; bylaws (expert)").And.Contain("Holyoke Cleaners in Formation"));
    }

    [Test]
    public async Task BadInputShowsEachErrorBesideItsFieldKeepsWhatWasTypedAndCreatesNothing()
    {
        var email = $"sky-{Guid.NewGuid():N}@mentors.example.coop";
        var userId = await App.CreateLoginAsync(email, Roles.Mentor);
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var before = await App.WithDbAsync(db => db.Mentors.CountAsync());

        var response = await Forms.PostAsync(staff, "/Mentoring/EditMentor", new()
        {
            ["Input.UserId"] = userId.ToString(),
            ["Input.HomeCoop"] = "Franklin County Printers",
            ["Input.Sectors"] = "Printing",
            ["Input.Languages"] = "",
            ["Input.Region"] = "WesternMassachusetts",
            ["Input.Capacity"] = "40",
            ["Input.Paused"] = "false",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("Choose at least one skill the mentor can help with."));
        Assert.That(html, Does.Contain("List at least one language the mentor works in."));
        Assert.That(html, Does.Contain("Capacity is how many co-ops at a time: between 0 and 10."));
        Assert.That(html, Does.Contain("value=\"Franklin County Printers\""), "what was typed stays");
        Assert.That(html, Does.Contain($"<option value=\"{userId}\" selected=\"selected\""), "the chosen login stays chosen");
        Assert.That(await App.WithDbAsync(db => db.Mentors.CountAsync()), Is.EqualTo(before));

        var pausedInThePast = await Forms.PostAsync(staff, "/Mentoring/EditMentor", new()
        {
            ["Input.UserId"] = userId.ToString(),
            ["Input.Skills[Marketing]"] = "Experienced",
            ["Input.Languages"] = "English",
            ["Input.Region"] = "WesternMassachusetts",
            ["Input.Capacity"] = "1",
            ["Input.Paused"] = "true",
            ["Input.PausedUntil"] = Today.AddDays(-3).ToString("yyyy-MM-dd"),
        });
        Assert.That(await pausedInThePast.Content.ReadAsStringAsync(), Does.Contain("Pause until today or a later date."));
        Assert.That(await App.WithDbAsync(db => db.Mentors.CountAsync()), Is.EqualTo(before), "nothing is saved when the pause is wrong");
    }

    [Test]
    public async Task StaffEditAProfileAndAStaleVersionIsShownInlineAndChangesNothing()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var sam = await MentorByEmailAsync("sam.mentor@demo.coop");
        var fields = new Dictionary<string, string>
        {
            ["Input.Version"] = sam.Version.ToString(),
            ["Input.FullName"] = sam.FullName,
            ["Input.Email"] = sam.Email,
            ["Input.HomeCoop"] = sam.HomeCoop ?? "",
            ["Input.Skills[Technology]"] = "Expert",
            ["Input.Skills[BusinessPlanning]"] = "Experienced",
            ["Input.Sectors"] = "Software, Media",
            ["Input.Languages"] = "English",
            ["Input.Region"] = sam.Region.ToString(),
            ["Input.Capacity"] = "2",
            ["Input.Paused"] = "false",
        };

        var saved = await Forms.PostAsync(staff, $"/Mentoring/EditMentor/{sam.Id}", fields);

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await saved.Content.ReadAsStringAsync());
        var after = await MentorByEmailAsync("sam.mentor@demo.coop");
        Assert.That(after.Capacity, Is.EqualTo(2));
        Assert.That(after.Sectors, Is.EqualTo(new[] { "Software", "Media" }));
        Assert.That(after.Skills.Select(s => s.Skill), Is.EquivalentTo(new[] { Skill.Technology, Skill.BusinessPlanning }));
        Assert.That(after.Version, Is.GreaterThan(sam.Version));

        // The same form again, with the version it was opened at: someone has saved since.
        fields["Input.Capacity"] = "5";
        var stale = await Forms.PostAsync(staff, $"/Mentoring/EditMentor/{sam.Id}", fields);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await stale.Content.ReadAsStringAsync(), Does.Contain("Someone else changed this record while you were editing it."));
        Assert.That((await MentorByEmailAsync("sam.mentor@demo.coop")).Capacity, Is.EqualTo(2));
    }

    [Test]
    public async Task TheMentorFormsAreForStaffOnly()
    {
        var sam = await MentorByEmailAsync("sam.mentor@demo.coop");
        foreach (var email in new[] { AppFactory.MentorEmail, AppFactory.RepEmail })
        {
            var client = await App.SignedInBrowserAsync(email);
            foreach (var path in new[] { "/Mentoring/EditMentor", $"/Mentoring/EditMentor/{sam.Id}", $"/Mentoring/Mentor/{sam.Id}" })
            {
                var response = await client.GetAsync(path);
                Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK), $"{email} {path}");
            }
        }

        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        Assert.That((await staff.GetAsync("/Mentoring/EditMentor/99999")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
    [Test]
    public async Task AMentorKeepsTheirOwnProfileCurrentAndPausesButCannotTouchTheirConflicts()
    {
        var email = $"kai-{Guid.NewGuid():N}@mentors.example.coop";
        var userId = await App.CreateLoginAsync(email, Roles.Mentor);
        var competitor = await DevelopingCoopIdAsync("Holyoke Cleaners in Formation");
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var created = await Forms.PostAsync(staff, "/Mentoring/EditMentor", new()
        {
            ["Input.UserId"] = userId.ToString(),
            ["Input.Skills[LegalAndBylaws]"] = "Expert",
            ["Input.Languages"] = "English",
            ["Input.Region"] = "WesternMassachusetts",
            ["Input.Capacity"] = "1",
            ["Input.Paused"] = "false",
            ["Input.ConflictCoopIds"] = competitor.ToString(),
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var mentor = await App.SignedInBrowserAsync(email);
        var form = WebUtility.HtmlDecode(await (await mentor.GetAsync("/Mentor/Profile")).Content.ReadAsStringAsync());
        Assert.That(form, Does.Contain("My mentor profile").And.Contain("name=\"Input.Skills[LegalAndBylaws]\""));
        Assert.That(form, Does.Not.Contain("Holyoke Cleaners in Formation"), "conflicts are the staff's, and not shown to the mentor");

        var response = await Forms.PostAsync(mentor, "/Mentor/Profile", new()
        {
            ["Input.Version"] = (await MentorByEmailAsync(email)).Version.ToString(),
            ["Input.HomeCoop"] = "Quabbin Carpentry Cooperative",
            ["Input.Skills[LegalAndBylaws]"] = "Expert",
            ["Input.Skills[Marketing]"] = "Some",
            ["Input.Sectors"] = "Construction",
            ["Input.Languages"] = "English, French",
            ["Input.Region"] = "SouthernVermont",
            ["Input.Capacity"] = "2",
            ["Input.Paused"] = "true",
            ["Input.PausedUntil"] = Today.AddDays(14).ToString("yyyy-MM-dd"),
            ["Input.ConflictCoopIds"] = (await DevelopingCoopIdAsync("Putney Farm Kitchen")).ToString(),
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var saved = await MentorByEmailAsync(email);
        Assert.That(saved.HomeCoop, Is.EqualTo("Quabbin Carpentry Cooperative"));
        Assert.That(saved.Skills, Is.EquivalentTo(new[] { new MentorSkill(Skill.LegalAndBylaws, SkillLevel.Expert), new MentorSkill(Skill.Marketing, SkillLevel.Some) }));
        Assert.That(saved.Languages, Is.EqualTo(new[] { "English", "French" }));
        Assert.That(saved.Region, Is.EqualTo(Region.SouthernVermont));
        Assert.That(saved.Capacity, Is.EqualTo(2));
        Assert.That(saved.PausedUntil, Is.EqualTo(Today.AddDays(14)));
        Assert.That(saved.ConflictCoopIds, Is.EqualTo(new[] { competitor }), "the mentor's save keeps the staff's conflicts");
        Assert.That(saved.FullName, Is.EqualTo(email), "name and email stay as the staff set them");
        var page = WebUtility.HtmlDecode(await (await mentor.GetAsync("/Mentor/Profile")).Content.ReadAsStringAsync());
        Assert.That(page, Does.Contain($"You get no new offers until after {Today.AddDays(14):MMMM d, yyyy}"));
    }

    [Test]
    public async Task AMentorsBadProfileInputShowsBesideItsFieldsKeepsWhatWasTypedAndChangesNothing()
    {
        var mentor = await App.SignedInBrowserAsync(AppFactory.MentorEmail);
        var before = await MentorByEmailAsync(AppFactory.MentorEmail);

        var response = await Forms.PostAsync(mentor, "/Mentor/Profile", new()
        {
            ["Input.Version"] = before.Version.ToString(),
            ["Input.HomeCoop"] = "Typed and kept",
            ["Input.Languages"] = "",
            ["Input.Region"] = "WesternMassachusetts",
            ["Input.Capacity"] = "3",
            ["Input.Paused"] = "true",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("Choose the last day of your pause."));
        Assert.That(html, Does.Contain("value=\"Typed and kept\""));
        var second = await Forms.PostAsync(mentor, "/Mentor/Profile", new()
        {
            ["Input.Version"] = before.Version.ToString(),
            ["Input.HomeCoop"] = "Typed and kept",
            ["Input.Languages"] = "",
            ["Input.Region"] = "WesternMassachusetts",
            ["Input.Capacity"] = "3",
            ["Input.Paused"] = "false",
        });
        var errors = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.That(errors, Does.Contain("Choose at least one skill the mentor can help with.").And.Contain("List at least one language the mentor works in."));
        Assert.That((await MentorByEmailAsync(AppFactory.MentorEmail)).Version, Is.EqualTo(before.Version));
        Assert.That((await (await App.SignedInBrowserAsync(AppFactory.StaffEmail)).GetAsync("/Mentor/Profile")).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK),
            "the page is the mentor's own");
    }
}
