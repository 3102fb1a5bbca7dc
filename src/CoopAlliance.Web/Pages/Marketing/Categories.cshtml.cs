using CoopAlliance.Application.Marketing.Listings;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Marketing;

/// <summary>The directory's taxonomy: add, rename, reorder, retire (a retired category stays on listings that have it).</summary>
public sealed class CategoriesModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty] public CategoryInput Input { get; set; } = new();

    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];

    public async Task OnGetAsync() => Categories = await Mediator.Send(new ListCategories(IncludeRetired: true), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, _) = await TrySendAsync(new SaveCategory(Input.Id, Input.Name, Input.SortOrder, Input.IsRetired));
        if (ok)
        {
            Flash(Input.Id == 0 ? $"Category \"{Input.Name.Trim()}\" added." : "Category saved.");
            return RedirectToPage();
        }

        await OnGetAsync();
        return Page();
    }

    public sealed class CategoryInput
    {
        public int Id { get; set; }
        public string Name { get; set; } = "";
        public int SortOrder { get; set; }
        public bool IsRetired { get; set; }
    }
}
