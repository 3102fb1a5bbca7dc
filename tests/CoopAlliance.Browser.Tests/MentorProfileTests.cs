using CoopAlliance.Application.Common.Security;
using CoopAlliance.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>Staff give a new Mentor login its profile and later pause it, without losing what they typed.</summary>
public sealed class MentorProfileTests : BrowserTest
{
    [Test]
    public async Task StaffAddAMentorProfileThenEditItAndEveryStepPassesTheAccessibilityCheck()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var name = $"Ari Mentor {tag}";
        using (var scope = BrowserSetup.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var email = $"ari-{tag}@mentors.example.coop";
            var login = new AppUser { UserName = email, Email = email, FullName = name, EmailConfirmed = true };
            Assert.That((await users.CreateAsync(login)).Succeeded, Is.True);
            Assert.That((await users.AddToRoleAsync(login, Roles.Mentor)).Succeeded, Is.True);
        }

        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Mentoring/Mentors"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add a mentor" }).First.ClickAsync();
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "empty form");

        // No skill chosen: refused beside the skills, and the rest stays as typed.
        await Page.GetByLabel("Mentor login").SelectOptionAsync(new SelectOptionValue { Label = $"{name} (ari-{tag}@mentors.example.coop)" });
        await Page.GetByLabel("Their own co-op").FillAsync("Greenfield Printing Cooperative");
        await Page.GetByLabel("Sectors they know").FillAsync("Printing, Publishing");
        await Page.GetByLabel("Languages they work in").FillAsync("English, Portuguese");
        await SkipBrowserChecksAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the mentor" }).ClickAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("Choose at least one skill the mentor can help with.");
        await Expect(Page.GetByLabel("Sectors they know")).ToHaveValueAsync("Printing, Publishing");
        await Expect(Page.GetByLabel("Languages they work in")).ToHaveValueAsync("English, Portuguese");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "form with an error");

        await Page.GetByLabel("Marketing").SelectOptionAsync("Expert");
        await Page.GetByLabel("Finance & bookkeeping").SelectOptionAsync("Some");
        await Page.GetByLabel("Capacity").FillAsync("1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add the mentor" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} is a mentor now");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(Page.Locator("main")).ToContainTextAsync("marketing (expert)");
        await Expect(Page.Locator("main")).ToContainTextAsync("Available");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "mentor page");

        // Later: pause them for a month and rule out one developing co-op.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit the profile" }).ClickAsync();
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "edit form");
        await Page.GetByLabel("Paused: no new offers").CheckAsync();
        var until = BrowserSetup.App.Today.AddDays(30);
        await Page.GetByLabel("Paused until (last day)").FillAsync(until.ToString("yyyy-MM-dd"));
        await Page.GetByLabel("Holyoke Cleaners in Formation").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name}'s profile is saved.");
        await Expect(Page.Locator("main")).ToContainTextAsync("Paused until " + until.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(Page.Locator("main")).ToContainTextAsync("Holyoke Cleaners in Formation");

        await Page.GotoAsync(Url("/Mentoring/Mentors?q=" + Uri.EscapeDataString(name)));
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Paused until");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = $"Edit {name}" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task TheBoardsStageListAndTheMatchSearchPassTheAccessibilityCheck()
    {
        await SignInAsync("staff@demo.coop");
        foreach (var path in new[] { "/Mentoring?stage=Idea", "/Mentoring?region=SouthernVermont", "/Mentoring/Matches?q=Florence", "/Mentoring/Matches?q=no-such-name" })
        {
            var response = await Page.GotoAsync(Url(path));
            Assert.That(response!.Ok, Is.True, path);
            Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, path);
        }

        await Page.GotoAsync(Url("/Mentoring/Matches"));
        await Page.GetByLabel("Search").FillAsync("Florence");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Florence Community Bakery Project" })).ToContainTextAsync("Active");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Holyoke Cleaners in Formation" })).ToHaveCountAsync(0);
    }
}
