using CoopAlliance.Application.Dues;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Dues;

/// <summary>One run's progress and log; while it runs, the page refreshes itself.</summary>
public sealed class RunModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public InvoiceRunDto Run { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var run = await FindAsync(new GetInvoiceRun(Id));
        if (run is null)
        {
            return NotFound();
        }

        Run = run;
        return Page();
    }
}
