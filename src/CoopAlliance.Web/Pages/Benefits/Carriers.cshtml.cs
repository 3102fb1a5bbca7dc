using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Benefits.Plans;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>The carriers the alliance buys group coverage from, with their plans, and the form that adds one.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class CarriersModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty] public CarrierInput Input { get; set; } = new();

    public IReadOnlyList<CarrierDto> Carriers { get; private set; } = [];
    public ILookup<int, PlanDto> PlansByCarrier { get; private set; } = Array.Empty<PlanDto>().ToLookup(p => p.CarrierId);

    public async Task OnGetAsync()
    {
        Carriers = await Mediator.Send(new ListCarriers(), HttpContext.RequestAborted);
        PlansByCarrier = (await Mediator.Send(new ListPlans(), HttpContext.RequestAborted)).ToLookup(p => p.CarrierId);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, _) = await TrySendAsync(new CreateCarrier(Input.Name ?? "", Input.X12ReceiverId ?? "", string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email));
        if (ok)
        {
            Flash($"Carrier “{Input.Name?.Trim()}” added.");
            return RedirectToPage();
        }

        await OnGetAsync();
        return Page();
    }

    [ValidatedAs(typeof(CreateCarrier))]
    public sealed class CarrierInput
    {
        [Display(Name = "Name")] public string? Name { get; set; }
        [Display(Name = "Id in enrollment files")] public string? X12ReceiverId { get; set; }
        [Display(Name = "Email for enrollment questions")] public string? Email { get; set; }
    }
}
