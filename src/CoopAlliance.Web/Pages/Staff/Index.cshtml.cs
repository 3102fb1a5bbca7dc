using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dashboard;
using CoopAlliance.Application.DataReview;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Staff;

/// <summary>Staff home: what needs attention today and how the scheduled jobs last ran.</summary>
public sealed class IndexModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    public StaffDashboard Dashboard { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Dashboard = await Mediator.Send(new GetStaffDashboard(), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostRunDataReviewAsync()
    {
        var (ok, result) = await TrySendAsync(new RunDataReview(clock.Today, Force: true), "");
        if (!ok)
        {
            await OnGetAsync();
            return Page();
        }

        Flash(DataReviewModel.Describe(result));
        return RedirectToPage("/Staff/DataReview");
    }

    public static string JobName(string job) => job switch
    {
        RunDataReview.JobName => "Data review",
        "outbox" or "send-emails" => "Sending emails",
        _ => char.ToUpperInvariant(job[0]) + job[1..].Replace('-', ' '),
    };
}
