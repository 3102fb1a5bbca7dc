using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Financing;
using CoopAlliance.Domain.Financing;
using CoopAlliance.Infrastructure.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// The loan fund end to end in Chromium (issue 15): a rep applies for a loan from a phone, staff review it and send it
/// to the committee, three committee members vote, the vote is closed as approved with terms (confirmed first), the
/// loan is disbursed (confirmed first), and the rep sees the repayment schedule and downloads the statement.
/// </summary>
public sealed class LoanJourneyTests : BrowserTest
{
    private const string Password = "CoopDemo!2026";

    [Test]
    public async Task ARepAppliesTheCommitteeApprovesStaffDisburseAndTheRepSeesTheScheduleAndStatement()
    {
        var members = await SeedAsync();
        var purpose = $"A walk-in cooler {Guid.NewGuid():N}"[..26];

        // The rep, on a phone, applies from My co-op.
        await UsePhoneAsync();
        await SignInAsync("rep@demo.coop");
        await Page.GotoAsync(Url("/MyCoop"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Loans", Exact = true }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Apply for a loan" }).First.ClickAsync();
        await Page.GetByLabel("Amount you ask for, in dollars").FillAsync("4800");
        await Page.GetByLabel("What the loan is for").FillAsync(purpose);
        await Page.GetByLabel("Months to repay").FillAsync("12");
        Assert.That(await FitsTheScreenAsync(), Is.True, "the application form fits a phone");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Page.WaitForURLAsync("**/MyCoop/Loans/Application/**");
        var applicationId = Page.Url.Split('/').Last();
        Assert.That(await Page.ContentAsync(), Does.Contain("Your application for $4,800.00 is sent").And.Contain("Received"));

        // Staff find it in the pipeline (from the co-ops page) and review it.
        await UseStaffDesktopAsync();
        await SignInAsAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Coops"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "the loan fund" }).ClickAsync();
        await Page.Locator($"tr[data-application='{applicationId}'] a").First.ClickAsync();
        foreach (var item in new[] { "Business plan received", "Financial statements received", "References checked", "Site visit or conversation held", "Repayment capacity assessed" })
        {
            await Page.GetByLabel(item).CheckAsync();
        }

        await Page.GetByLabel("Send to the committee (every item ticked)").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Start the review" }).ClickAsync();
        Assert.That(await Page.ContentAsync(), Does.Contain("application is with the committee"));

        // Three committee members vote for it.
        foreach (var email in new[] { "staff@demo.coop", members[0], members[1] })
        {
            await SignInAsAsync(email);
            await Page.GotoAsync(Url($"/Financing/Application/{applicationId}"));
            await Page.GetByLabel("For", new() { Exact = true }).CheckAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Record my vote" }).ClickAsync();
            Assert.That(await Page.ContentAsync(), Does.Contain("Your vote is recorded."));
        }

        // The vote is closed: approved with the terms, after a confirmation.
        Assert.That(await Page.Locator("[data-outcome]").InnerTextAsync(), Is.EqualTo("approved"));
        await Page.GetByLabel("Yearly rate, %").FillAsync("3");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Approve with these terms…" }).ClickAsync();
        Assert.That(await Page.ContentAsync(), Does.Contain("Approve $4,800.00 for"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, approve the loan" }).ClickAsync();
        Assert.That(await Page.ContentAsync(), Does.Contain("Approved:"));

        // Disbursed, after a confirmation.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Disburse the loan…" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, disburse" }).ClickAsync();
        await Page.WaitForURLAsync("**/Financing/Loan/**");
        Assert.That(await Page.ContentAsync(), Does.Contain("is repaying"));

        // The rep, on the phone, sees the schedule and downloads the statement.
        await UsePhoneAsync();
        await SignInAsAsync("rep@demo.coop");
        await Page.GotoAsync(Url($"/MyCoop/Loans/Application/{applicationId}"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "See the loan and its repayment schedule" }).ClickAsync();
        Assert.That(await Page.Locator("[data-schedule] tbody tr").CountAsync(), Is.EqualTo(12));
        Assert.That(await FitsTheScreenAsync(), Is.True, "the schedule fits a phone");
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Download the loan statement (PDF)" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());

        Assert.That(download.SuggestedFilename, Does.EndWith(".pdf"));
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.That(text, Does.Contain("Pioneer Valley Bread"));
    }

    /// <summary>Signs in as someone else in the same browser (the previous person's cookies gone).</summary>
    private async Task SignInAsAsync(string email)
    {
        await Context.ClearCookiesAsync();
        await SignInAsync(email, Password);
    }

    /// <summary>Two more committee members (staff logins), and capital in the fund to lend.</summary>
    private static async Task<string[]> SeedAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        using var scope = BrowserSetup.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().RunAsSystem();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var emails = new[] { $"committee-a-{tag}@demo.coop", $"committee-b-{tag}@demo.coop" };
        foreach (var email in emails)
        {
            var login = new AppUser { UserName = email, Email = email, FullName = $"Committee member {email[..11]}", EmailConfirmed = true };
            Assert.That((await users.CreateAsync(login, Password)).Succeeded, Is.True);
            Assert.That((await users.AddToRoleAsync(login, Roles.Staff)).Succeeded, Is.True);
        }

        await services.GetRequiredService<IMediator>().Send(new AddFundContribution(ContributionKind.Grant, $"Journey Foundation {tag}", 50_000m,
            BrowserSetup.App.Today, null));
        return emails;
    }
}
