/**
 */
package io.ringside.model.nvme;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Completion Queue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An NVMe completion queue.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getQid <em>Qid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getSize <em>Size</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getVector <em>Vector</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getAddress <em>Address</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#isCreated <em>Created</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getTail <em>Tail</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getPhase <em>Phase</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getControllerHead <em>Controller Head</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getHostHead <em>Host Head</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getHostPhase <em>Host Phase</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getDoorbell <em>Doorbell</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getUnconsumed <em>Unconsumed</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getCompletions <em>Completions</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getMmioDoorbells <em>Mmio Doorbells</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getSkippedDoorbells <em>Skipped Doorbells</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getInterrupts <em>Interrupts</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getEntries <em>Entries</em>}</li>
 *   <li>{@link io.ringside.model.nvme.CompletionQueue#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue()
 * @model
 * @generated
 */
public interface CompletionQueue extends EObject {
	/**
	 * Returns the value of the '<em><b>Qid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qid</em>' attribute.
	 * @see #setQid(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Qid()
	 * @model
	 * @generated
	 */
	int getQid();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getQid <em>Qid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qid</em>' attribute.
	 * @see #getQid()
	 * @generated
	 */
	void setQid(int value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Vector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vector</em>' attribute.
	 * @see #setVector(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Vector()
	 * @model
	 * @generated
	 */
	int getVector();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getVector <em>Vector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vector</em>' attribute.
	 * @see #getVector()
	 * @generated
	 */
	void setVector(int value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Address()
	 * @model
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(boolean)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Created()
	 * @model
	 * @generated
	 */
	boolean isCreated();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#isCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #isCreated()
	 * @generated
	 */
	void setCreated(boolean value);

	/**
	 * Returns the value of the '<em><b>Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tail</em>' attribute.
	 * @see #setTail(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Tail()
	 * @model
	 * @generated
	 */
	int getTail();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getTail <em>Tail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tail</em>' attribute.
	 * @see #getTail()
	 * @generated
	 */
	void setTail(int value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Phase()
	 * @model
	 * @generated
	 */
	int getPhase();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(int value);

	/**
	 * Returns the value of the '<em><b>Controller Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller Head</em>' attribute.
	 * @see #setControllerHead(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_ControllerHead()
	 * @model
	 * @generated
	 */
	int getControllerHead();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getControllerHead <em>Controller Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller Head</em>' attribute.
	 * @see #getControllerHead()
	 * @generated
	 */
	void setControllerHead(int value);

	/**
	 * Returns the value of the '<em><b>Host Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Head</em>' attribute.
	 * @see #setHostHead(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_HostHead()
	 * @model
	 * @generated
	 */
	int getHostHead();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getHostHead <em>Host Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Head</em>' attribute.
	 * @see #getHostHead()
	 * @generated
	 */
	void setHostHead(int value);

	/**
	 * Returns the value of the '<em><b>Host Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Phase</em>' attribute.
	 * @see #setHostPhase(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_HostPhase()
	 * @model
	 * @generated
	 */
	int getHostPhase();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getHostPhase <em>Host Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Phase</em>' attribute.
	 * @see #getHostPhase()
	 * @generated
	 */
	void setHostPhase(int value);

	/**
	 * Returns the value of the '<em><b>Doorbell</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Doorbell</em>' attribute.
	 * @see #setDoorbell(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Doorbell()
	 * @model
	 * @generated
	 */
	int getDoorbell();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getDoorbell <em>Doorbell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Doorbell</em>' attribute.
	 * @see #getDoorbell()
	 * @generated
	 */
	void setDoorbell(int value);

	/**
	 * Returns the value of the '<em><b>Unconsumed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unconsumed</em>' attribute.
	 * @see #setUnconsumed(int)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Unconsumed()
	 * @model
	 * @generated
	 */
	int getUnconsumed();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getUnconsumed <em>Unconsumed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unconsumed</em>' attribute.
	 * @see #getUnconsumed()
	 * @generated
	 */
	void setUnconsumed(int value);

	/**
	 * Returns the value of the '<em><b>Completions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completions</em>' attribute.
	 * @see #setCompletions(long)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Completions()
	 * @model
	 * @generated
	 */
	long getCompletions();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getCompletions <em>Completions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completions</em>' attribute.
	 * @see #getCompletions()
	 * @generated
	 */
	void setCompletions(long value);

	/**
	 * Returns the value of the '<em><b>Mmio Doorbells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mmio Doorbells</em>' attribute.
	 * @see #setMmioDoorbells(long)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_MmioDoorbells()
	 * @model
	 * @generated
	 */
	long getMmioDoorbells();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getMmioDoorbells <em>Mmio Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mmio Doorbells</em>' attribute.
	 * @see #getMmioDoorbells()
	 * @generated
	 */
	void setMmioDoorbells(long value);

	/**
	 * Returns the value of the '<em><b>Skipped Doorbells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skipped Doorbells</em>' attribute.
	 * @see #setSkippedDoorbells(long)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_SkippedDoorbells()
	 * @model
	 * @generated
	 */
	long getSkippedDoorbells();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getSkippedDoorbells <em>Skipped Doorbells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skipped Doorbells</em>' attribute.
	 * @see #getSkippedDoorbells()
	 * @generated
	 */
	void setSkippedDoorbells(long value);

	/**
	 * Returns the value of the '<em><b>Interrupts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interrupts</em>' attribute.
	 * @see #setInterrupts(long)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Interrupts()
	 * @model
	 * @generated
	 */
	long getInterrupts();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getInterrupts <em>Interrupts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interrupts</em>' attribute.
	 * @see #getInterrupts()
	 * @generated
	 */
	void setInterrupts(long value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link io.ringside.model.nvme.CompletionEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<CompletionEntry> getEntries();

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.nvme.NvmePackage#getCompletionQueue_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.nvme.CompletionQueue#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // CompletionQueue
