package vn.thidua.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.SortMeta;
import org.primefaces.model.TreeNode;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitQueries;
import vn.thidua.organisation.UnitService;
import vn.thidua.organisation.UnitType;
import vn.thidua.security.Actor;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The unit tree (loaded a level at a time) and the search, and the add / edit / retire dialog for staff.
 */
@Named
@ViewScoped
public class UnitsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitQueries queries;

    @Inject
    UnitService service;

    @Inject
    CurrentActor current;

    private TreeNode<UnitNode> root;
    private String searchText;
    private LazyDataModel<UnitNode> searchResults;
    private List<UnitType> types;

    // the dialog
    private Long editId;
    private long editVersion;
    private String code;
    private String name;
    private Long typeId;
    private UnitNode parent;
    private LocalDate retireOn = LocalDate.now();
    private UnitNode mergedInto;

    @PostConstruct
    void init() {
        buildTree();
        types = queries.types();
        searchResults = new SearchModel();
    }

    private void buildTree() {
        root = new LazyDefaultTreeNode<>(null, this::childrenOf, node -> node != null && node.isLeaf());
    }

    private List<UnitNode> childrenOf(UnitNode node) {
        Actor actor = current.get();
        return node == null ? queries.roots(actor) : queries.children(actor, node.getId());
    }

    public void startAdd(UnitNode under) {
        editId = null;
        code = null;
        name = null;
        typeId = null;
        parent = under;
    }

    public void startEdit(UnitNode unit) {
        editId = unit.getId();
        code = unit.getCode();
        name = unit.getName();
        typeId = types.stream().filter(t -> t.getName().equals(unit.getTypeName())).map(UnitType::getId).findFirst().orElse(null);
        editVersion = queries.version(unit.getId());
        parent = queries.parentOf(unit.getId()).orElse(null);
        mergedInto = null;
        retireOn = LocalDate.now();
    }

    public void save() {
        Actor actor = current.get();
        Long parentId = parent == null ? null : parent.getId();
        long type = typeId == null ? -1 : typeId;
        boolean ok = editId == null
                ? Messages.attempt(() -> service.add(actor, code, name, type, parentId, null))
                : Messages.attempt(() -> service.edit(actor, editId, editVersion, name, type, parentId));
        if (ok) {
            Messages.info(editId == null ? "unit.added" : "unit.saved", name);
            buildTree();
        }
    }

    public void retire() {
        Long into = mergedInto == null ? null : mergedInto.getId();
        if (Messages.attempt(() -> service.retire(current.get(), editId, retireOn, into))) {
            Messages.info("unit.retiredDone", name);
            buildTree();
        }
    }

    public void reinstate(UnitNode unit) {
        if (Messages.attempt(() -> service.reinstate(current.get(), unit.getId()))) {
            Messages.info("unit.reinstated", unit.getName());
            buildTree();
        }
    }

    public boolean canManage(UnitNode unit) {
        return unit != null && current.get().canManage(unit.getPath());
    }

    public List<UnitNode> completeUnit(String text) {
        return queries.search(current.get(), text, null, null, 0, 20);
    }

    /** Lazy search results: a page of matches at a time. */
    private class SearchModel extends LazyDataModel<UnitNode> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.count(current.get(), searchText, null, null);
        }

        @Override
        public List<UnitNode> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return queries.search(current.get(), searchText, null, null, first, pageSize);
        }

        @Override
        public String getRowKey(UnitNode unit) {
            return String.valueOf(unit.getId());
        }

        @Override
        public UnitNode getRowData(String rowKey) {
            return queries.readable(current.get(), Long.parseLong(rowKey)).orElse(null);
        }
    }

    public boolean isSearching() {
        return searchText != null && !searchText.isBlank();
    }

    public TreeNode<UnitNode> getRoot() {
        return root;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public LazyDataModel<UnitNode> getSearchResults() {
        return searchResults;
    }

    public List<UnitType> getTypes() {
        return types;
    }

    public Long getEditId() {
        return editId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public UnitNode getParent() {
        return parent;
    }

    public void setParent(UnitNode parent) {
        this.parent = parent;
    }

    public LocalDate getRetireOn() {
        return retireOn;
    }

    public void setRetireOn(LocalDate retireOn) {
        this.retireOn = retireOn;
    }

    public UnitNode getMergedInto() {
        return mergedInto;
    }

    public void setMergedInto(UnitNode mergedInto) {
        this.mergedInto = mergedInto;
    }
}
