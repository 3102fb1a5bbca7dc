using System.Text.RegularExpressions;
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
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>Staff publish a suggested match; the mentor accepts it, ticks a milestone and logs a session; unmatched co-ops stay out of reach.</summary>
public sealed partial class MentoringJourneyTests : BrowserTest
{
    private const string Password = "CoopDemo!2026";

    private sealed record Seeded(string MentorEmail, string MentorName, int CoopId, string CoopName, int OtherCoopId);

    /// <summary>
    /// A mentor of our own (a Mentor login and profile, expert in what the group needs, in conflict with every other
    /// developing co-op so the suggestion can only pair them with ours) and two new developing co-ops.
    /// </summary>
    private static async Task<Seeded> SeedAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        using var scope = BrowserSetup.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().RunAsSystem();
        var mediator = services.GetRequiredService<IMediator>();
        var users = services.GetRequiredService<UserManager<AppUser>>();

        var email = $"quinn-{tag}@mentors.example.coop";
        var name = $"Quinn Mentor {tag}";
        var login = new AppUser { UserName = email, Email = email, FullName = name, EmailConfirmed = true };
        Assert.That((await users.CreateAsync(login, Password)).Succeeded, Is.True);
        Assert.That((await users.AddToRoleAsync(login, Roles.Mentor)).Succeeded, Is.True);

        Need[] needs = [new(Skill.LegalAndBylaws, NeedImportance.Essential), new(Skill.FinanceAndBookkeeping, NeedImportance.Important)];
        var coopName = $"Easthampton Tortilla Collective {tag}";
        var coopId = await mediator.Send(new CreateDevelopingCoop
        {
            Name = coopName,
            Sector = "Food production",
            Region = Region.WesternMassachusetts,
            Town = "Easthampton",
            State = "MA",
            ContactName = "Rosa Díaz",
            ContactEmail = $"rosa-{tag}@tortilla.example.coop",
            Needs = needs,
        });
        var otherId = await mediator.Send(new CreateDevelopingCoop
        {
            Name = $"Turners Falls Bike Works {tag}",
            Sector = "Repair",
            Region = Region.WesternMassachusetts,
            Town = "Turners Falls",
            State = "MA",
            ContactName = "Lee Park",
            Needs = needs,
        });
        await mediator.Send(new AddMilestone(coopId, DevelopmentStage.Idea, "Founding members meet weekly"));

        var others = await services.GetRequiredService<IAppDbContext>().DevelopingCoops.Where(c => c.Id != coopId).Select(c => c.Id).ToListAsync();
        await mediator.Send(new CreateMentor
        {
            UserId = login.Id,
            HomeCoop = "Pioneer Valley Bread Cooperative",
            Skills = [new(Skill.LegalAndBylaws, SkillLevel.Expert), new(Skill.FinanceAndBookkeeping, SkillLevel.Expert)],
            Sectors = ["Food production"],
            Languages = ["English"],
            Region = Region.WesternMassachusetts,
            Capacity = 1,
            ConflictCoopIds = others,
        });
        return new Seeded(email, name, coopId, coopName, otherId);
    }

    [Test]
    public async Task StaffPublishASuggestionAndTheMentorAcceptsItAndLogsASession()
    {
        var s = await SeedAsync();

        // Staff: the suggestion explains itself; publish only our pair, after confirming.
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Mentoring/Suggestions"));
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = s.CoopName });
        await Expect(row).ToContainTextAsync(s.MentorName);
        await Expect(row).ToContainTextAsync("legal & bylaws");
        await Expect(Page.Locator("main")).ToContainTextAsync("Matching one co-op at a time");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "suggestions");
        await row.GetByRole(AriaRole.Checkbox).CheckAsync(); // nothing is ticked until staff choose

        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish the chosen matches" }).ClickAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync($"Offer {s.CoopName} to {s.MentorName}?");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "publish confirmation");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, publish" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 match is offered to its mentor");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = s.CoopName })).ToContainTextAsync("Offered");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "matches");

        // The mentor: the offer is on their home page; accepting opens the co-op's page.
        await Context.ClearCookiesAsync();
        await SignInAsync(s.MentorEmail, Password);
        await Page.GotoAsync(Url("/Mentor"));
        var offer = Page.Locator(".card").Filter(new() { HasText = s.CoopName });
        await Expect(offer).ToContainTextAsync("Would you mentor");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "mentor home with an offer");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"You are now mentoring {s.CoopName}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(s.CoopName);

        // A session without topics is refused inline and keeps what was typed.
        await Page.GetByLabel("Duration (minutes)").FillAsync("90");
        await Page.GetByLabel("Notes").FillAsync("Went through the model bylaws clause by clause.");
        await SkipBrowserChecksAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log the session" }).ClickAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("Say what you worked on");
        await Expect(Page.GetByLabel("Notes")).ToHaveValueAsync("Went through the model bylaws clause by clause.");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "session form with an error");
        await Page.GetByLabel("Topics").FillAsync("Bylaws, bookkeeping");
        await Page.GetByLabel("Next steps").FillAsync("Draft the membership clause");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log the session" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("is logged");
        await Expect(Page.Locator("#timeline")).ToContainTextAsync("Session (90 min): Bylaws, bookkeeping");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark done: Founding members meet weekly" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("is done");
        await Expect(Page.Locator("#milestones")).ToContainTextAsync(new Regex("Done\\s+Founding members meet weekly"));
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "developing co-op page");

        await Page.GotoAsync(Url("/Mentor"));
        var mine = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = s.CoopName });
        await Expect(mine).ToContainTextAsync("Idea");
        await Expect(mine).ToContainTextAsync(BrowserSetup.App.Today.ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "mentor home");
    }

    [Test]
    public async Task AMentorCannotOpenADevelopingCoopTheyAreNotMatchedWith()
    {
        var s = await SeedAsync();
        await SignInAsync(s.MentorEmail, Password);

        var other = await Page.GotoAsync(Url($"/Mentor/Coop/{s.OtherCoopId}"));
        Assert.That(other!.Status, Is.EqualTo(404));
        var offeredToNobody = await Page.GotoAsync(Url($"/Mentor/Coop/{s.CoopId}"));
        Assert.That(offeredToNobody!.Status, Is.EqualTo(404), "not yet offered to them");
        await Page.GotoAsync(Url("/Mentoring/Suggestions"));
        await Expect(Page).ToHaveURLAsync(new Regex("AccessDenied", RegexOptions.IgnoreCase));
    }

    [Test]
    public async Task TheStaffMentoringPagesPassTheAccessibilityCheck()
    {
        var s = await SeedAsync();
        await SignInAsync("staff@demo.coop");
        foreach (var path in new[]
                 {
                     "/Mentoring", "/Mentoring/Mentors", "/Mentoring/Matches", "/Mentoring/Report", $"/Mentoring/Coop/{s.CoopId}",
                     $"/Mentoring/EditCoop/{s.CoopId}", "/Mentoring/Templates", "/Staff",
                 })
        {
            var response = await Page.GotoAsync(Url(path));
            Assert.That(response!.Ok, Is.True, path);
            Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, path);
        }

        await Page.GotoAsync(Url("/Mentoring/Mentors?q=" + Uri.EscapeDataString(s.MentorName)));
        await Expect(Page.Locator("main")).ToContainTextAsync("0 of 1");
    }

    [Test]
    public async Task StaffAddADevelopingCoopWithItsNeedsAndNothingTypedIsLost()
    {
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Mentoring"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add a developing co-op" }).First.ClickAsync();
        await Page.GetByLabel("Town").FillAsync("Athol");
        await Page.GetByLabel("Legal & bylaws").SelectOptionAsync("Essential");
        await SkipBrowserChecksAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to the pipeline" }).ClickAsync();

        await Expect(Page.Locator("main")).ToContainTextAsync("Enter the group's or project's name.");
        await Expect(Page.GetByLabel("Town")).ToHaveValueAsync("Athol");
        await Expect(Page.GetByLabel("Legal & bylaws")).ToHaveValueAsync("Essential");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);

        var name = "Athol Solar Installers " + Guid.NewGuid().ToString("N")[..6];
        await Page.GetByLabel("Name of the group or project").FillAsync(name);
        await Page.GetByLabel("Contact person").FillAsync("Jo Brennan");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to the pipeline" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} is in the pipeline at the idea stage");
        await Expect(Page.Locator("main")).ToContainTextAsync("legal & bylaws (essential)");
    }
}
