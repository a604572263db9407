extension HTMLReport {
  /// The page's only script, inline and optional: it sorts tables by a clicked header and
  /// filters/sorts the pairs. It reads only `data-*` attributes the renderer wrote (numbers
  /// and fixed keywords) and never builds markup from text, so corpus text cannot reach it as
  /// code. Without JavaScript the toolbars stay hidden and everything reads in document order.
  static let script = """
    (function(){
    "use strict";
    function key(cell){
      var k=cell.getAttribute("data-key");
      return k!==null?k:cell.textContent.trim();
    }
    document.querySelectorAll("table.sortable").forEach(function(table){
      var heads=table.tHead?table.tHead.rows[0].cells:[];
      Array.prototype.forEach.call(heads,function(th,column){
        th.setAttribute("tabindex","0");
        th.setAttribute("aria-sort","none");
        function sort(){
          var numeric=th.getAttribute("data-type")==="number";
          var ascending=th.getAttribute("aria-sort")!=="ascending";
          Array.prototype.forEach.call(heads,function(h){h.setAttribute("aria-sort","none");});
          th.setAttribute("aria-sort",ascending?"ascending":"descending");
          var body=table.tBodies[0];
          var rows=Array.prototype.slice.call(body.rows);
          rows.sort(function(a,b){
            var x=key(a.cells[column]),y=key(b.cells[column]);
            var c=numeric?(parseFloat(x)||0)-(parseFloat(y)||0):x.localeCompare(y,"ar");
            return ascending?c:-c;
          });
          rows.forEach(function(r){body.appendChild(r);});
        }
        th.addEventListener("click",sort);
        th.addEventListener("keydown",function(e){if(e.key==="Enter"){sort();}});
      });
    });
    document.querySelectorAll(".toolbar").forEach(function(bar){
      var list=document.getElementById(bar.getAttribute("data-pairs"));
      if(!list){return;}
      var filter=bar.querySelector(".pair-filter"),order=bar.querySelector(".pair-sort");
      function apply(){
        var pairs=Array.prototype.slice.call(list.querySelectorAll("article.pair"));
        pairs.forEach(function(p){
          var chrf=parseFloat(p.getAttribute("data-chrf"))||0;
          var findings=parseInt(p.getAttribute("data-findings"),10)||0;
          var show=filter.value==="all"||(filter.value==="findings"&&findings>0)||(filter.value==="low"&&chrf<50);
          p.hidden=!show;
        });
        pairs.sort(function(a,b){
          var field=order.value==="chrf"?"data-chrf":"data-index";
          return parseFloat(a.getAttribute(field))-parseFloat(b.getAttribute(field))||
            parseFloat(a.getAttribute("data-index"))-parseFloat(b.getAttribute("data-index"));
        });
        pairs.forEach(function(p){list.appendChild(p);});
      }
      filter.addEventListener("change",apply);
      order.addEventListener("change",apply);
      bar.hidden=false;
    });
    })();
    """
}
