using CoopAlliance.Application.Conversions;
using CoopAlliance.Domain.Conversions;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Conversions;

/// <summary>Add a business to the conversion pipeline, or edit an open one (no id: a new one). Blank worker rows are ignored.</summary>
public sealed class EditModel(IMediator mediator) : AppPageModel(mediator)
{
    public const int BlankWorkerRows = 3;

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public ConversionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var c = await FindAsync(new GetConversion(id));
            if (c is null)
            {
                return NotFound();
            }

            Input = new ConversionInput
            {
                Version = c.Version,
                BusinessName = c.BusinessName,
                Sector = c.Sector,
                Region = c.Region,
                Town = c.Town,
                State = c.State,
                OwnerName = c.OwnerName,
                OwnerEmail = c.OwnerEmail,
                OwnerPhone = c.OwnerPhone,
                Reason = c.Reason,
                TargetSaleOn = c.TargetSaleOn,
                TimelineNotes = c.TimelineNotes,
                Valuation = c.Valuation,
                Workers = c.Workers.Select(w => new WorkerRow { Name = w.Name, Role = w.Role, Email = w.Email, Interested = w.InterestedInOwnership }).ToList(),
            };
        }

        PadWorkers();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var workers = Input.Workers.Where(w => !w.IsBlank)
            .Select(w => new ConversionWorkerDetails(w.Name ?? "", w.Role, w.Email, w.Interested)).ToList();
        if (Id is { } id)
        {
            var (ok, _) = await TrySendAsync(new UpdateConversion
            {
                Id = id,
                Version = Input.Version,
                BusinessName = Input.BusinessName ?? "",
                Sector = Input.Sector,
                Region = Input.Region,
                Town = Input.Town,
                State = Input.State,
                OwnerName = Input.OwnerName ?? "",
                OwnerEmail = Input.OwnerEmail,
                OwnerPhone = Input.OwnerPhone,
                Reason = Input.Reason,
                TargetSaleOn = Input.TargetSaleOn,
                TimelineNotes = Input.TimelineNotes,
                Valuation = Input.Valuation,
                Workers = workers,
            });
            if (!ok)
            {
                PadWorkers();
                return Page();
            }

            Flash($"{Input.BusinessName} is saved.");
            return RedirectToPage("/Conversions/Details", new { id });
        }

        var (created, newId) = await TrySendAsync(new CreateConversion
        {
            BusinessName = Input.BusinessName ?? "",
            Sector = Input.Sector,
            Region = Input.Region,
            Town = Input.Town,
            State = Input.State,
            OwnerName = Input.OwnerName ?? "",
            OwnerEmail = Input.OwnerEmail,
            OwnerPhone = Input.OwnerPhone,
            Reason = Input.Reason,
            TargetSaleOn = Input.TargetSaleOn,
            TimelineNotes = Input.TimelineNotes,
            Valuation = Input.Valuation,
            Workers = workers,
        });
        if (!created)
        {
            PadWorkers();
            return Page();
        }

        Flash($"{Input.BusinessName} is in the conversion pipeline as a lead.");
        return RedirectToPage("/Conversions/Details", new { id = newId });
    }

    private void PadWorkers()
    {
        var filled = Input.Workers.Where(w => !w.IsBlank).ToList();
        filled.AddRange(Enumerable.Range(0, BlankWorkerRows).Select(_ => new WorkerRow()));
        Input.Workers = filled;
    }

    public sealed class ConversionInput
    {
        public int Version { get; set; }
        public string? BusinessName { get; set; }
        public string? Sector { get; set; }
        public Region Region { get; set; } = Region.WesternMassachusetts;
        public string? Town { get; set; }
        public string? State { get; set; }
        public string? OwnerName { get; set; }
        public string? OwnerEmail { get; set; }
        public string? OwnerPhone { get; set; }
        public ConversionReason Reason { get; set; } = ConversionReason.Retiring;
        public DateOnly? TargetSaleOn { get; set; }
        public string? TimelineNotes { get; set; }
        public decimal? Valuation { get; set; }
        public List<WorkerRow> Workers { get; set; } = [];
    }

    public sealed class WorkerRow
    {
        public string? Name { get; set; }
        public string? Role { get; set; }
        public string? Email { get; set; }
        public bool Interested { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Email);
    }
}
